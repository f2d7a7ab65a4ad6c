# Words for the controlled vocabularies of the case record (crates/casebook-core/src/vocab.rs).
# Ids: vocab-<list>-<code>; list names: vocab-list-<list>. Codes never change; only these words do.


## status

vocab-list-status = Case status
vocab-status-draft = Draft
vocab-status-open = Open
vocab-status-referred = Referred
vocab-status-closed = Closed
vocab-status-sealed = Sealed (locked as evidence)

## intake-channel

vocab-list-intake-channel = Intake channel
vocab-intake-channel-drop-in = Drop-in centre
vocab-intake-channel-outreach = Outreach
vocab-intake-channel-hotline = Hotline
vocab-intake-channel-lawyer = Via a lawyer
vocab-intake-channel-peer-report = Reported by a peer
vocab-intake-channel-self-report = Self-report
vocab-intake-channel-other = Other

## source-reliability

vocab-list-source-reliability = Source of information
vocab-source-reliability-first-hand = First-hand (the survivor)
vocab-source-reliability-witness = Witness
vocab-source-reliability-second-hand = Second-hand
vocab-source-reliability-unknown = Unknown
vocab-source-reliability-other = Other

## age-band

vocab-list-age-band = Age group
vocab-age-band-under-18 = Under 18
vocab-age-band-18-24 = 18–24
vocab-age-band-25-34 = 25–34
vocab-age-band-35-44 = 35–44
vocab-age-band-45-54 = 45–54
vocab-age-band-55-plus = 55 and over

## gender

vocab-list-gender = Gender
vocab-gender-woman = Woman
vocab-gender-trans-woman = Trans woman
vocab-gender-non-binary = Non-binary
vocab-gender-other = Other

## hiv-status

vocab-list-hiv-status = HIV status
vocab-hiv-status-positive = HIV-positive
vocab-hiv-status-negative = HIV-negative
vocab-hiv-status-unknown = Unknown
vocab-hiv-status-not-disclosed = Not disclosed

## substance

vocab-list-substance = Substances used
vocab-substance-opioids = Opioids
vocab-substance-stimulants = Stimulants
vocab-substance-methadone-buprenorphine-ost = Methadone / buprenorphine (OST)
vocab-substance-new-psychoactive-substances = New psychoactive substances
vocab-substance-alcohol = Alcohol
vocab-substance-other = Other

## child-custody-status

vocab-list-child-custody-status = Where the children are
vocab-child-custody-status-with-survivor = With her
vocab-child-custody-status-with-relatives = With relatives
vocab-child-custody-status-state-care = In state care
vocab-child-custody-status-removed = Removed by the authorities
vocab-child-custody-status-not-applicable = Not applicable
vocab-child-custody-status-other = Other

## location-type

vocab-list-location-type = Place of incident
vocab-location-type-street = Street
vocab-location-type-home = Home
vocab-location-type-police-vehicle = Police vehicle
vocab-location-type-police-station = Police station
vocab-location-type-temporary-detention = Temporary detention facility
vocab-location-type-pre-trial-detention = Pre-trial detention centre
vocab-location-type-harm-reduction-site = Harm reduction site
vocab-location-type-ost-site = OST site
vocab-location-type-pharmacy = Pharmacy
vocab-location-type-hospital = Hospital
vocab-location-type-court = Court
vocab-location-type-other = Other

## time-of-day

vocab-list-time-of-day = Time of day
vocab-time-of-day-morning = Morning
vocab-time-of-day-day = Daytime
vocab-time-of-day-evening = Evening
vocab-time-of-day-night = Night

## date-precision

vocab-list-date-precision = Date precision
vocab-date-precision-exact = Exact date
vocab-date-precision-month = Month only
vocab-date-precision-year = Year only
vocab-date-precision-range = Between two dates

## tri-state

vocab-list-tri-state = Yes / no / unknown
vocab-tri-state-yes = Yes
vocab-tri-state-no = No
vocab-tri-state-unknown = Unknown

## act-type

vocab-list-act-type = Type of act
vocab-act-type-beating = Beating
vocab-act-type-asphyxiation = Asphyxiation (bag, gas mask, choking)
vocab-act-type-electric-shock = Electric shock
vocab-act-type-stress-positions = Stress positions
vocab-act-type-burns = Burns
vocab-act-type-use-of-weapon = Use of a weapon
vocab-act-type-other-physical = Other physical violence
vocab-act-type-rape = Rape
vocab-act-type-sexual-assault = Sexual assault
vocab-act-type-sex-for-release = Sex demanded for release
vocab-act-type-forced-undressing = Forced undressing
vocab-act-type-search-by-male-officers = Body search by male officers
vocab-act-type-sexual-harassment = Sexual harassment
vocab-act-type-threats = Threats
vocab-act-type-humiliation = Humiliation
vocab-act-type-threat-child-custody = Threat to take her children
vocab-act-type-threat-disclose-hiv-status = Threat to disclose HIV status
vocab-act-type-threat-disclose-drug-use = Threat to disclose drug use
vocab-act-type-insults = Insults
vocab-act-type-detention-without-protocol = Detention without a record
vocab-act-type-detention-beyond-limit = Detention beyond the legal limit
vocab-act-type-arrest-for-syringes = Arrest for carrying syringes
vocab-act-type-planted-drugs = Planted drugs
vocab-act-type-fabricated-charges = Fabricated charges
vocab-act-type-forced-confession = Forced confession
vocab-act-type-forced-testimony = Forced testimony against others
vocab-act-type-informant-recruitment = Pressure to become an informant
vocab-act-type-pressure-against-partner = Pressure to testify against her partner
vocab-act-type-extortion-bribe = Extortion / bribe demanded
vocab-act-type-confiscation-money = Money taken
vocab-act-type-confiscation-phone = Phone taken
vocab-act-type-confiscation-syringes = Syringes taken
vocab-act-type-confiscation-naloxone = Naloxone taken
vocab-act-type-confiscation-ost-medicine = OST medicine taken
vocab-act-type-ost-denied-in-custody = OST denied in custody
vocab-act-type-withdrawal-as-coercion = Withdrawal used as coercion
vocab-act-type-medical-care-refused = Medical care refused
vocab-act-type-forced-drug-test = Forced drug test
vocab-act-type-forced-hiv-test = Forced HIV test
vocab-act-type-forced-narcological-registration = Forced registration with narcology services
vocab-act-type-hiv-status-disclosed = HIV status disclosed
vocab-act-type-lawyer-refused = Lawyer refused
vocab-act-type-rights-not-read = Rights not explained
vocab-act-type-relatives-not-notified = Relatives not notified
vocab-act-type-forced-signature = Forced to sign documents
vocab-act-type-signed-without-understanding = Signed without understanding
vocab-act-type-interpreter-refused = Interpreter refused
vocab-act-type-child-removed = Child removed
vocab-act-type-child-removal-threatened = Threat to remove her child
vocab-act-type-death-in-custody = Death in custody
vocab-act-type-other = Other

## act-group

vocab-list-act-group = Group of acts
vocab-act-group-physical = Physical violence
vocab-act-group-sexual = Sexual violence
vocab-act-group-psychological = Psychological violence
vocab-act-group-liberty = Deprivation of liberty
vocab-act-group-coercion = Coercion
vocab-act-group-economic = Economic abuse
vocab-act-group-health = Health
vocab-act-group-procedure = Procedural violations
vocab-act-group-custody = Children and custody
vocab-act-group-death-in-custody = Death in custody
vocab-act-group-other = Other

## intent

vocab-list-intent = Apparent purpose
vocab-intent-information = To obtain information
vocab-intent-confession = To obtain a confession
vocab-intent-intimidation = Intimidation
vocab-intent-punishment = Punishment
vocab-intent-extortion = Extortion
vocab-intent-sexual-gratification = Sexual gratification
vocab-intent-unknown = Unknown
vocab-intent-other = Other

## medical-attention

vocab-list-medical-attention = Medical attention
vocab-medical-attention-none = None
vocab-medical-attention-refused = Refused
vocab-medical-attention-first-aid = First aid
vocab-medical-attention-hospital = Hospital
vocab-medical-attention-forensic-exam = Forensic examination
vocab-medical-attention-other = Other

## agency

vocab-list-agency = Agency
vocab-agency-patrol-police = Patrol police
vocab-agency-criminal-investigation = Criminal investigation department
vocab-agency-drug-control-unit = Drug control unit
vocab-agency-traffic-police = Traffic police
vocab-agency-special-forces = Special forces
vocab-agency-pre-trial-detention-staff = Pre-trial detention staff
vocab-agency-prison-staff = Prison staff
vocab-agency-prosecutor = Prosecutor's office
vocab-agency-narcology-staff = Narcology service staff
vocab-agency-medical-staff = Medical staff
vocab-agency-other = Other

## involvement

vocab-list-involvement = Involvement
vocab-involvement-perpetrated = Committed the act
vocab-involvement-ordered = Ordered it
vocab-involvement-present = Was present
vocab-involvement-failed-to-intervene = Failed to intervene
vocab-involvement-other = Other

## consistency

vocab-list-consistency = Consistency of findings (Istanbul Protocol)
vocab-consistency-not-consistent = Not consistent
vocab-consistency-consistent = Consistent
vocab-consistency-highly-consistent = Highly consistent
vocab-consistency-typical = Typical
vocab-consistency-diagnostic = Diagnostic

## body-region

vocab-list-body-region = Body region
vocab-body-region-head = Head
vocab-body-region-face = Face
vocab-body-region-neck = Neck
vocab-body-region-chest = Chest
vocab-body-region-abdomen = Abdomen
vocab-body-region-upper-back = Upper back
vocab-body-region-lower-back = Lower back
vocab-body-region-left-arm = Left arm
vocab-body-region-right-arm = Right arm
vocab-body-region-left-hand = Left hand
vocab-body-region-right-hand = Right hand
vocab-body-region-genitals = Genitals
vocab-body-region-buttocks = Buttocks
vocab-body-region-left-leg = Left leg
vocab-body-region-right-leg = Right leg
vocab-body-region-feet = Feet
vocab-body-region-other = Other

## service

vocab-list-service = Services provided
vocab-service-legal-consultation = Legal consultation
vocab-service-legal-representation = Legal representation
vocab-service-medical = Medical help
vocab-service-psychosocial = Psychosocial support
vocab-service-shelter = Shelter
vocab-service-ost-continuity = OST continuity
vocab-service-harm-reduction-supplies = Harm reduction supplies
vocab-service-peer-support = Peer support
vocab-service-other = Other

## complaint-body

vocab-list-complaint-body = Complaint filed with
vocab-complaint-body-police-internal-affairs = Police internal affairs
vocab-complaint-body-prosecutor = Prosecutor
vocab-complaint-body-ombudsman = Ombudsman
vocab-complaint-body-court = Court
vocab-complaint-body-un-special-procedure = UN special procedure
vocab-complaint-body-un-treaty-body = UN treaty body
vocab-complaint-body-other = Other

## complaint-response

vocab-list-complaint-response = Response to complaint
vocab-complaint-response-favourable = Favourable
vocab-complaint-response-rejected = Rejected
vocab-complaint-response-no-response = No response
vocab-complaint-response-pending = Pending
vocab-complaint-response-other = Other

## complaint-outcome

vocab-list-complaint-outcome = Outcome of complaint
vocab-complaint-outcome-criminal-case-opened = Criminal case opened
vocab-complaint-outcome-refused-to-open = Refused to open a case
vocab-complaint-outcome-disciplinary-action = Disciplinary action
vocab-complaint-outcome-compensation = Compensation
vocab-complaint-outcome-none = None
vocab-complaint-outcome-other = Other

## consent-destination

vocab-list-consent-destination = Consent for
vocab-consent-destination-documentation = Documentation (keeping the record)
vocab-consent-destination-lawyer = Sharing with a lawyer
vocab-consent-destination-organisation-network-stats = Network statistics (aggregate only)
vocab-consent-destination-national-bodies = National bodies
vocab-consent-destination-un-special-procedures = UN special procedures
vocab-consent-destination-un-treaty-bodies = UN treaty bodies
vocab-consent-destination-media-advocacy-anonymised = Media and advocacy (anonymised)

## named-or-anonymised

vocab-list-named-or-anonymised = Named or anonymised
vocab-named-or-anonymised-named = Named
vocab-named-or-anonymised-anonymised = Anonymised

## redaction-profile

vocab-list-redaction-profile = Redaction profile
vocab-redaction-profile-full = Full (everything, for her lawyer)
vocab-redaction-profile-pseudonymised = Pseudonymised
vocab-redaction-profile-aggregate = Aggregate statistics only

## media-kind

vocab-list-media-kind = Kind of file
vocab-media-kind-photo = Photo
vocab-media-kind-scan = Scan
vocab-media-kind-audio = Audio
vocab-media-kind-video = Video
vocab-media-kind-document = Document
vocab-media-kind-other = Other
