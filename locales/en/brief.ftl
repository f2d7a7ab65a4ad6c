## The advocacy brief: aggregate statistics as a PDF (casebook-pdf, brief)

brief-title = Documented cases of violence and rights violations
brief-subtitle = Advocacy brief: statistics from documented cases
brief-running-head = Advocacy brief
brief-footer = Aggregate statistics only: no case-level data
brief-period = Period of the incidents: { $from } to { $to }
brief-period-all = Period of the incidents: all recorded dates
brief-period-open = open
brief-countries = Countries: { $countries }
brief-organisation = Prepared by: { $organisation }
brief-generated = Generated on { $date }
brief-title-note = Only cases whose survivor agreed to network statistics are counted. Numbers under { $k } are shown as “<{ $k }”. No names, case codes, narratives or places below the region are in this brief.

brief-key-figures = Key figures
brief-fig-counted = Cases counted
brief-fig-excluded = Left out: no consent to statistics
brief-fig-excluded-detail = { $never } never asked, { $refused } refused, { $revoked } revoked
brief-fig-physical = Cases with physical violence
brief-fig-sexual = Cases with sexual violence
brief-fig-complaint = Cases with a complaint filed
brief-fig-agency = Agency named most often
brief-fig-share = { $count } ({ $percent }%)
brief-fig-not-shown = not shown (small numbers)
brief-fig-of-cases = of { $total } cases counted

brief-charts = Charts
brief-chart-act-group = Cases by group of acts
brief-chart-agency = Cases by agency of the perpetrators
brief-chart-time = Cases by quarter of the incident
brief-chart-multi = A case can count under several bars, so the bars do not add up to the cases counted.
brief-chart-hidden = “<{ $k }”: fewer than { $k } cases, or hidden so that a small number cannot be worked out.
brief-chart-time-hidden = Grey columns: fewer than { $k } cases, or hidden; drawn at the height of { $k }.
brief-chart-time-unknown = Cases whose quarter is not known are in the table, not in the chart.
brief-chart-empty = No cases to show.

brief-map = Cases by region
brief-map-legend = Cases
brief-map-hidden = Fewer than { $k }, or hidden
brief-map-rolled = No cases, or counted with the other regions of the country
brief-map-note = Regions with fewer than { $k } cases are not named; they are counted together as “other regions” of their country (see the table by region). Borders follow ISO 3166-2 and the positions of the UN General Assembly. Shapes: Natural Earth (public domain).
brief-map-missing = The map could not be drawn; the tables by country and by region are below.

brief-tables = Tables
brief-method = Method
brief-method-unit = Unit: cases. Each table counts consented cases by one dimension; a case with two acts of one group counts once under that group.
