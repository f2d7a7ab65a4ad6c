# Drafts of UN submissions (casebook-submission): one case to a Special Procedure,
# many cases to an annex for a treaty body or the UPR. Ids: sub-<what>.
# Field labels, vocabularies and rights' names come from pdf.ftl and vocab.ftl.

## Mechanisms
sub-mechanism-sr-torture = Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment
sub-mechanism-sr-vaw = Special Rapporteur on violence against women and girls, its causes and consequences
sub-mechanism-wgad = Working Group on Arbitrary Detention
sub-mechanism-sr-health = Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health
sub-thematic-cedaw = Committee on the Elimination of Discrimination against Women (CEDAW): alternative report
sub-thematic-upr = Universal Periodic Review: stakeholder submission
sub-kind-sr-torture = Allegation letter or urgent appeal
sub-kind-sr-vaw = Individual communication
sub-kind-wgad = Individual communication (model questionnaire)
sub-kind-sr-health = Individual communication

## The draft's frame
sub-title-communication = Draft communication to the { $mechanism }
sub-title-thematic = Draft annex: { $report }
sub-banner = DRAFT — NOT SENT — CONFIDENTIAL
sub-made = Prepared with Casebook from case { $case } on { $date }. A lawyer completes, checks and signs it before anything is sent.
sub-made-thematic = Prepared with Casebook on { $date }. A lawyer or the network coordinator completes, checks and signs it before anything is sent.
sub-language-note = The Special Procedures accept communications in English, French or Spanish. This draft is for internal review: send an English, French or Spanish version.
sub-running-head = Draft UN submission — confidential
sub-footer = Casebook · draft, not sent
sub-section = { $n }. { $title }

## Checklist
sub-checklist = Before sending: what is still to be completed
sub-checklist-intro = The case does not hold these items. Each is marked in the text as “[to be completed: …]”; nothing was guessed.
sub-checklist-none = Every field this form asks for is filled from the case.
sub-checklist-always = Always check the facts against her own account, the legal argument, and that her consent still stands on the day of sending.
sub-missing = [to be completed: { $what }]

## What the forms follow
sub-intro-sr-torture = This draft follows the Special Rapporteur on torture’s questionnaire for individual allegations: the alleged victim, the State, the facts (when, where, by whom, what was done and its consequences), the steps taken at home, and the source of the information.
sub-intro-sr-vaw = This draft follows the Special Rapporteur on violence against women’s questionnaire for individual communications: the woman concerned, the State, the violence (when, where, by whom, its form and consequences), the State’s response, and the source of the information.
sub-intro-wgad = This draft follows the Working Group’s model questionnaire: the person concerned, the arrest, the detention, why the deprivation of liberty is arbitrary, and the steps taken at home.
sub-intro-sr-health = This draft follows the Special Rapporteur on the right to health’s questionnaire for individual communications: the person concerned, the State, the facts, the health care, treatment and information denied or imposed, and the steps taken at home.

## Sections
sub-sec-source = Submitting organisation (confidential)
sub-sec-victim = Alleged victim
sub-sec-state = State concerned
sub-sec-facts = The facts: what happened, when and where
sub-sec-acts = Acts and their consequences
sub-sec-perpetrators = Alleged perpetrators
sub-sec-arrest = The arrest
sub-sec-detention = The detention
sub-sec-arbitrary = Why the deprivation of liberty is arbitrary
sub-sec-health = Health care, treatment and information in custody
sub-sec-medical = Medical documentation
sub-sec-evidence = Evidence held by the submitting organisation
sub-sec-remedies = Domestic remedies: steps taken and the authorities’ response
sub-sec-rights = Rights engaged
sub-sec-consent = Consent and confidentiality

## Fields
sub-field-organisation = Organisation
sub-field-contact = Contact for the mechanism
sub-field-state = State
sub-field-name-used = Named in this communication as
sub-field-arrest-date = Date of arrest
sub-field-arrest-place = Place of arrest
sub-field-arrest-by = Forces who carried out the arrest
sub-field-warrant = Warrant or other decision shown
sub-field-arrest-reasons = Reasons given
sub-field-legal-basis = Legal basis invoked
sub-field-detention-place = Place of detention
sub-source-confidential = The organisation’s details are for the mechanism only and are not to be passed to the State.
sub-evidence-intro = The organisation holds the following items. They are not attached to this draft; each is identified by its SHA-256 hash so that a copy sent later can be shown to be the same file.
sub-evidence-item = { $type }, { $date }
sub-evidence-item-undated = { $type }
sub-rights-intro = From Casebook’s rights table: “engages” means the act falls within the provision’s scope; whether it is a violation is for the lawyer to argue and the mechanism to consider.
sub-health-intro = What the case records about her health and the care she received or was denied.
sub-health-acts = Health-related acts
sub-arbitrary-intro = The Working Group considers a deprivation of liberty arbitrary in five categories: (I) no legal basis can be invoked; (II) it results from the exercise of rights and freedoms; (III) the guarantees of a fair trial were not observed; (IV) prolonged administrative custody of asylum seekers, immigrants or refugees; (V) discrimination, including on the ground of sex or health status. The lawyer chooses the categories and argues them from the facts.
sub-arbitrary-facts = Facts in the case that bear on it
sub-remedies-none = No complaint is recorded.

## Names of what is missing (inside “[to be completed: …]”)
sub-need-organisation = the name of the submitting organisation
sub-need-contact = a contact for the mechanism (e-mail or postal address)
sub-need-state = the State concerned (the country of the incident)
sub-need-incident = the incident (date, place and what happened)
sub-need-incident-date = the date of the incident
sub-need-place = the place of the incident
sub-need-narrative = her account of what happened
sub-need-translation = a translation of her account
sub-need-acts = what was done to her
sub-need-consequences = the consequences for her physical and mental health
sub-need-perpetrators = who the perpetrators were (agency, unit, rank)
sub-need-medical = a medical examination, or why there was none
sub-need-remedies = the complaints filed at home, or why none was filed (fear of reprisals, no effective remedy)
sub-need-legal-name = her full name
sub-need-date-of-birth = her date of birth
sub-need-detention = whether she was detained, where and for how long
sub-need-warrant = whether a warrant or other decision was shown
sub-need-arrest-reasons = the reasons given for the arrest
sub-need-legal-basis = the legal basis the authorities invoked
sub-need-detention-place = the place of detention
sub-need-arbitrary = the categories of arbitrariness that apply, and the argument
sub-need-health = her health needs in custody (substitution treatment, HIV treatment, other care)
sub-need-public = whether she agrees to her name appearing in the mechanism’s public reports

## Consent
sub-anonymous-label = Ms A.
sub-withheld = withheld at her request
sub-consent-anonymised = Her identity is withheld at her request. She agreed to this information going to the { $mechanism } without her name. The mechanism may contact the submitting organisation, which can reach her if she agrees.
sub-consent-anonymised-use = An individual communication to a government normally identifies the alleged victim; without her name, this information can serve allegation letters on patterns and thematic and country reports.
sub-consent-named = She agreed to this communication with her name (consent of { $date }, obtained by { $by }).
sub-consent-named-undated = She agreed to this communication with her name.
sub-consent-state = She agrees to her name being disclosed to the State
sub-consent-public = She agrees to her name appearing in public reports
sub-needs-named = The { $mechanism } transmits communications to the government with the person’s identity: it needs a named victim who agrees to her identity going to the State.

## Errors
sub-error-consent = { $state ->
    [refused] The survivor refused consent for “UN special procedures” ({ $consent }); no draft can be made. No file was written.
    [revoked] The survivor revoked her consent for “UN special procedures” ({ $consent }); no draft can be made. No file was written.
   *[missing] The consent “UN special procedures” ({ $consent }) is missing from this case; record it before making a draft. No file was written.
}
sub-error-needs-named = The Working Group on Arbitrary Detention needs a named victim who agrees to her identity going to the State, and her consent ({ $consent }) is anonymised. No file was written.
sub-error-unknown-mechanism = Unknown mechanism “{ $mechanism }”: use sr-torture, sr-vaw, wgad or sr-health.
sub-error-unknown-thematic = Unknown report “{ $report }”: use cedaw or upr.
sub-error-unknown-language = UN drafts are written in English, Russian or Ukrainian, not “{ $lang }”.
sub-error-format = Save the draft as .docx or .pdf, not “{ $name }”.
sub-error-docx = The Word file could not be made.
sub-error-case-consent = Case { $case } cannot be summarised in the annex: her consent for UN treaty bodies (un-treaty-bodies) is { $state ->
    [refused] refused
    [revoked] revoked
   *[missing] not recorded
}. No file was written.
sub-error-case-country = Case { $case } did not happen in { $country }: an annex covers one country. No file was written.
sub-error-too-many-cases = At most { $max } case summaries fit in an annex. No file was written.
sub-error-bad-country = “{ $country }” is not a country code (two letters, such as KZ).

## Thematic annex
sub-thematic-intro-cedaw = Annex to an alternative report to the CEDAW Committee for its review of { $country }: police violence against women who use drugs, as documented by the submitting organisation.
sub-thematic-intro-upr = Annex to a stakeholder submission for the Universal Periodic Review of { $country }: police violence against women who use drugs, as documented by the submitting organisation.
sub-field-country = Country
sub-field-period = Period
sub-period-all = all dates recorded
sub-period-from-to = { $from } – { $to }
sub-period-from = from { $from }
sub-period-to = until { $to }
sub-field-cases-counted = Cases counted
sub-thematic-figures = Figures
sub-thematic-method = Counts are of cases: a case with two beatings counts once under beating, and a case may count under several acts. Only cases whose survivors agreed to statistical use are counted. A count under { $k } is shown as “<{ $k }”, and another count is hidden too where it would let the hidden one be worked out.
sub-table-act-group = Kinds of act
sub-table-act = Acts
sub-table-agency = Agencies of the perpetrators
sub-table-location = Places (including police stations and detention)
sub-table-medical = Medical attention after the act (health in custody)
sub-table-complaint-body = Complaints: where they were filed
sub-table-complaint-response = Complaints: the authorities’ response
sub-table-complaint-outcome = Complaints: the outcome
sub-col-count = Cases
sub-col-provision = Provision
sub-hidden = <{ $k }
sub-thematic-rights = Rights engaged, by number of cases
sub-thematic-summaries = Case summaries
sub-thematic-summaries-intro = Cases chosen by the submitting organisation, with the survivors’ consent for UN treaty bodies. No names, no places below the region, dates to the month.
sub-thematic-summary = Case { $n } — { $date }, { $place }
sub-thematic-summaries-none = No case summaries were chosen.
sub-limit-upr = Limit: OHCHR’s technical guidelines for UPR stakeholder submissions allow { $limit } words for a submission by one organisation (twice that for a joint submission), one country per submission, covering the period since the last review. Check the current guidelines before sending.
sub-limit-cedaw = Limit: the CEDAW Committee takes alternative reports as Word files, sent weeks before the session; { $limit } words is used here as the limit for one organisation’s report. Check the Committee’s current note for NGOs before sending.
sub-words = This annex has { $n } words; the limit is { $limit }.
sub-words-over = This annex has { $n } words, { $over } over the limit of { $limit }: shorten it before sending.

## Desktop
sub-ui-button = UN submission…
sub-ui-title = Draft a UN submission
sub-ui-mechanism = Mechanism
sub-ui-language = Language of the draft
sub-ui-format = Format
sub-ui-format-docx = Word (.docx), for the lawyer to edit
sub-ui-format-pdf = PDF, for reading
sub-ui-organisation = Submitting organisation (kept in the vault; the draft marks it confidential)
sub-ui-org-name = Name
sub-ui-org-contact = Contact for the mechanism
sub-ui-missing = { $n ->
    [one] The case lacks 1 item this form asks for; the draft marks it for completion:
   *[other] The case lacks { $n } items this form asks for; the draft marks them for completion:
}
sub-ui-missing-none = The case holds every item this form asks for.
sub-ui-save = Save draft…
sub-ui-saving = Writing the draft…
sub-ui-saved = Draft saved: { $file }
sub-ui-close = Close
sub-ui-choosing = Choose where to save the draft in the window that opened.
sub-ui-unencrypted = The draft is not encrypted: keep it on an encrypted disk, send it only through a channel you trust, and delete copies you no longer need.
sub-ui-intro = A draft for a lawyer to complete, check and sign. It follows the mechanism’s questionnaire and marks what the case does not hold.
sub-ui-thematic-intro = Figures for one country, with small counts hidden, and up to 10 short case summaries without names or places.
sub-ui-thematic-button = Thematic annex…
sub-ui-thematic-title = Annex for a UN review
sub-ui-report = Report
sub-ui-country = Country
sub-ui-min-cell = Hide counts under
sub-ui-cases = Case summaries (only cases with consent for UN treaty bodies)
sub-ui-cases-none = No case in this country has consent for UN treaty bodies.
sub-ui-annex-save = Save annex…
sub-ui-annex-saved = Annex saved: { $file } ({ $words } words, limit { $limit })
dialog-title-submission = Save the draft UN submission
dialog-title-annex = Save the annex

## Command line
sub-cli-written = Draft written: { $path } ({ $missing } items to complete, SHA-256 { $sha256 })
sub-cli-annex-written = Annex written: { $path } ({ $words } words, limit { $limit }, SHA-256 { $sha256 })
cli-organisation = Submitting organisation: { $name }
    Contact: { $contact }
sub-cli-over-limit = Warning: the annex is { $over } words over the limit of { $limit }.
