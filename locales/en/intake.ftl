# Intake wizard (ui/src/screens/Intake.svelte and ui/src/components/casework/).
# Every question may be skipped; only the pseudonym and consent to documentation are needed.

in-title = New intake
in-steps = Steps of the interview
in-saved-at = Saved in the vault at { $time }
in-not-saved-yet = Nothing recorded yet
in-step-problems = { $count ->
    [one] { $count } problem on this step
   *[other] { $count } problems on this step
}

in-step-consent = Consent
in-step-survivor = Survivor
in-step-incidents = Incidents
in-step-acts = What was done
in-step-perpetrators = Perpetrators
in-step-evidence = Evidence
in-step-responses = Responses
in-step-review = Review

in-hint-consent = Ask first whether she agrees that this is written down at all. Without that consent nothing can be kept. Then ask about each other use.
in-hint-survivor = Only a pseudonym is needed. Every other question can be skipped.
in-hint-incidents = One block per incident. Dates may be exact, a month, a year or a range.
in-hint-acts = Tick what was done in each incident; details can stay empty.
in-hint-perpetrators = Describe who did it, as far as she knows or wants to say.
in-hint-evidence = Photos, scans, recordings and medical findings. Files are kept encrypted in the vault.
in-hint-responses = What was done for her, and what has to happen next.
in-hint-review = Check what was recorded. Anything can still be changed later.

in-next = Next
in-back = Back
in-skip = Skip this step
in-to-review = To review
in-finish = Save the case
in-finishing = Saving…
in-stop = Stop here (resume later)
in-discard = Discard this draft
in-discard-confirm = Delete everything recorded in this draft?
in-discard-yes = Yes, delete it
in-discard-no = No, keep it

in-about-interview = About this interview
in-intake-date = Date of the interview
in-documenter = Documenter (your pseudonym)
in-organisation = Organisation

in-consent-title = Consent
in-consent-intro = Record one answer for each use. Unanswered questions mean “not asked”; she can change her mind later.
in-consent-required = needed to keep the case
in-consent-not-asked = Not asked yet
in-consent-yes = She agrees
in-consent-no = She does not agree
in-consent-date = Date of consent
in-consent-obtained-by = Asked by
in-consent-gate = Ask about consent to documentation first; the other steps open when she agrees.
in-consent-refused = She does not agree that this is documented. Nothing may be kept: discard the draft.

in-survivor-title = The survivor
in-pseudonym = Pseudonym or code name
in-pseudonym-hint = Not her real name. The real identity, if at all, goes in the protected block below.
in-age = Exact age
in-citizenship = Citizenship (country code)
in-stateless = Stateless
in-situation-title = Her situation
in-skip-hint = Ask only what she is comfortable answering.
in-pregnant = Pregnant at the time of the incident
in-has-children = Has children
in-on-art = On antiretroviral treatment
in-ost-client = Opioid substitution therapy client
in-harm-reduction-client = Harm reduction client
in-sex-work = Sex work
in-disability = Disability
in-homeless = Homeless
in-previous-incidents = Earlier incidents (number)
in-identity-title = Real identity (protected)
in-identity-hint = Left out of every shared or redacted output. Fill in only if she wants it and the lawyer needs it.
in-legal-name = Legal name
in-date-of-birth = Date of birth
in-phone = Phone
in-address = Address
in-id-document = ID document number

in-incidents-empty = No incident recorded yet.
in-incident-n = Incident { $n }
in-incident-date = When it happened
in-narrative = What happened, in her own words
in-narrative-hint = In the language she speaks; a translation can be added below.
in-narrative-translation = Translation
in-detention = Detention
in-detained = Was she detained
in-duration-hours = How long (hours)
in-protocol = Was a detention report drawn up
in-released-how = How she was released
in-witnesses = Witnesses
in-witness-pseudonym = Witness (pseudonym)
in-witness-contact = How to reach them
in-witness-willing = Willing to testify
in-add-witness = Add a witness
in-add-incident = Add an incident
in-remove-incident = Remove this incident

in-acts-no-incident = Record an incident first; its acts are ticked here.
in-act-perpetrators = Who did it
in-new-perpetrator = New perpetrator
in-physical-consequences = Physical consequences
in-psychological-consequences = Psychological consequences

in-perpetrators-empty = No perpetrator recorded yet.
in-perpetrator-n = Perpetrator { $ref }
in-unit = Unit
in-rank = Rank
in-badge = Badge number
in-perp-name = Name (protected)
in-vehicle = Vehicle number plate
in-uniformed = In uniform
in-count = How many people
in-identifiable = She could recognise them again
in-add-perpetrator = Add a perpetrator
in-remove-perpetrator = Remove this perpetrator

in-medical = Medical documentation
in-examiner = Examiner
in-institution = Institution
in-date = Date
in-findings = Findings
in-body-regions = Injuries by body region
in-mark-description = What is seen there
in-add-medical = Add a medical examination

in-services-given = Services she received
in-referrals = Referrals
in-referral-to = Referred to
in-referral-consent = She agreed to the referral
in-outcome = Outcome
in-add-referral = Add a referral
in-complaints = Complaints
in-date-filed = Date filed
in-reference-number = Reference number
in-deadline = Deadline
in-add-complaint = Add a complaint
in-follow-ups = Follow-ups
in-follow-ups-hint = For example a forensic exam while injuries are still visible, or an appeal deadline.
in-due = Due on
in-note = What to do
in-done-on = Done on
in-add-follow-up = Add a follow-up

in-review-problems = { $count ->
    [one] One answer needs another look before the case can be saved:
   *[other] { $count } answers need another look before the case can be saved:
}
