## Nota de advocacy: statistică agregată în format PDF (casebook-pdf, brief)

brief-title = Cazuri documentate de violență și încălcări ale drepturilor
brief-subtitle = Notă de advocacy: statistica cazurilor documentate
brief-running-head = Notă de advocacy
brief-footer = Doar statistică agregată: fără date despre cazuri individuale
brief-period = Perioada incidentelor: { $from } – { $to }
brief-period-all = Perioada incidentelor: toate datele înregistrate
brief-period-open = fără limită
brief-countries = Țări: { $countries }
brief-organisation = Pregătită de: { $organisation }
brief-generated = Generată la { $date }
brief-title-note = Sunt numărate doar cazurile în care supraviețuitoarea și-a dat consimțământul pentru statistica rețelei. Numerele mai mici de { $k } sunt afișate ca „<{ $k }”. Nota nu conține nume, coduri de caz, relatări sau localități sub nivelul regiunii.

brief-key-figures = Cifre-cheie
brief-fig-counted = Cazuri numărate
brief-fig-excluded = Excluse: fără consimțământ pentru statistică
brief-fig-excluded-detail = { $never } nu au fost întrebate, { $refused } au refuzat, { $revoked } și-au retras consimțământul
brief-fig-physical = Cazuri cu violență fizică
brief-fig-sexual = Cazuri cu violență sexuală
brief-fig-complaint = Cazuri în care s-a depus o plângere
brief-fig-agency = Instituția menționată cel mai des
brief-fig-share = { $count } ({ $percent } %)
brief-fig-not-shown = nu se afișează (numere mici)
brief-fig-of-cases = din totalul cazurilor numărate ({ $total })

brief-charts = Diagrame
brief-chart-act-group = Cazuri pe grupe de fapte
brief-chart-agency = Cazuri după instituția făptuitorilor
brief-chart-time = Cazuri pe trimestre ale incidentului
brief-chart-multi = Un caz poate fi numărat la mai multe bare, de aceea barele nu se adună la numărul de cazuri numărate.
brief-chart-hidden = „<{ $k }”: mai puțin de { $k } cazuri sau un număr ascuns pentru ca un număr mic să nu poată fi dedus.
brief-chart-time-hidden = Coloane gri: mai puțin de { $k } cazuri sau număr ascuns; desenate la înălțimea lui { $k }.
brief-chart-time-unknown = Cazurile al căror trimestru nu se cunoaște apar în tabel, nu în diagramă.
brief-chart-empty = Nu sunt cazuri de afișat.

brief-map = Cazuri pe regiuni
brief-map-legend = Cazuri
brief-map-hidden = Mai puțin de { $k } sau număr ascuns
brief-map-rolled = Niciun caz sau numărate împreună cu celelalte regiuni ale țării
brief-map-note = Regiunile cu mai puțin de { $k } cazuri nu sunt numite; ele sunt numărate împreună ca „alte regiuni” ale țării lor (vezi tabelul pe regiuni). Frontierele urmează ISO 3166-2 și pozițiile Adunării Generale a ONU. Contururi: Natural Earth (domeniu public).
brief-map-missing = Harta nu a putut fi desenată; tabelele pe țări și pe regiuni sunt mai jos.

brief-tables = Tabele
brief-method = Metodă
brief-method-unit = Unitate: cazuri. Fiecare tabel numără cazurile cu consimțământ după un singur criteriu; un caz cu două fapte din aceeași grupă este numărat o singură dată la acea grupă.
