# The lawyer's case file (casebook-pdf). Ids: pdf-<what>.

## Errors
pdf-error-consent = { $state ->
    [refused] The survivor refused consent for “Sharing with a lawyer” ({ $consent }); no case file can be made.
    [revoked] The survivor revoked her consent for “Sharing with a lawyer” ({ $consent }); no case file can be made.
   *[missing] The consent “Sharing with a lawyer” ({ $consent }) is missing from this case; record it before making a case file.
}
pdf-error-consent-anonymised-only = The survivor agreed to share this case with a lawyer ({ $consent }) only anonymised: make a pseudonymised file instead.
pdf-error-unknown-language = Case files cannot be written in “{ $lang }”; choose one of the languages in the menu.
pdf-error-unknown-profile = Unknown redaction profile “{ $profile }”: use full or pseudonymised.
pdf-error-font = The embedded font { $font } cannot be read; the program is damaged.
pdf-error-encode = The case data could not be prepared for the case file.
pdf-error-write = The file could not be written: { $detail }
pdf-error-read = The file could not be read: { $detail }
pdf-error-not-a-case-file = This is not a Casebook case file, or its integrity data was removed.
pdf-error-newer-format = This case file was made in data format { $format }, which this version of Casebook does not know. Check it with a newer version.
pdf-error-not-in-vault = This vault does not hold the revision the file was made from ({ $revision }).
pdf-error-unknown-revision-tag = No revision of this case in this vault has the file’s revision tag ({ $tag }). A pseudonymised file can be checked only on the vault that made it — or the tag was changed.
pdf-error-bad-audit-seq = The case file’s integrity data is damaged: it names audit entry { $seq }, which no vault can hold. The file was altered or not made by Casebook.

## Running heads
pdf-confidential = CONFIDENTIAL — LEGAL CASE FILE
pdf-confidential-long = Confidential — legal case file. It contains sensitive personal data about a survivor of violence. Do not copy, forward or disclose it beyond the legal team without her consent.
pdf-page-n-of-m = Page { $n } of { $m }
pdf-footer-left = Casebook · revision { $revision }
pdf-footer-left-tag = Casebook · revision tag { $revision }

## Cover
pdf-cover-title = Legal case file
pdf-field-generated = Generated
pdf-field-language = Language
pdf-field-profile = Redaction profile
pdf-field-organisation = Organisation
pdf-field-documenter = Documented by
pdf-field-revision = Revision
pdf-field-revision-tag = Revision tag
pdf-cover-note-full = This file contains the survivor’s identity. It is made for her own lawyer only.
pdf-cover-note-pseudonymised = This file is pseudonymised: her identity and contact details, witnesses’ names and contacts, perpetrators’ names and attachment file names are removed, and her name (in any form), phone and ID numbers and date of birth are blanked out as […] wherever they were written. Names of other people written into free text (narratives, notes, findings) cannot be recognised automatically and were not checked.
pdf-cover-verify = Whether this file is unaltered and matches the record it was made from can be checked with “casebook verify-pdf” on the vault that produced it (see the last page).

## Sections
pdf-section-summary = 1. Summary
pdf-section-chronology = 2. Chronology of incidents
pdf-section-acts = 3. Acts and their legal qualification
pdf-section-perpetrators = 4. Perpetrators
pdf-section-evidence = 5. Evidence
pdf-section-responses = 6. Responses
pdf-section-consent = 7. Consent
pdf-section-integrity = 8. Integrity of this file

## Summary
pdf-summary-who = The survivor
pdf-summary-case = The case
pdf-summary-deadlines = Open deadlines
pdf-field-pseudonym = Pseudonym
pdf-field-legal-name = Legal name
pdf-field-date-of-birth = Date of birth
pdf-field-phone = Phone
pdf-field-address = Address
pdf-field-id-document = ID document number
pdf-field-age = Age
pdf-field-gender = Gender
pdf-field-residence = Lives in
pdf-field-citizenship = Citizenship
pdf-stateless = Stateless
pdf-field-pregnant = Pregnant at the time
pdf-field-children = Has children
pdf-field-custody = Where the children are
pdf-field-hiv = HIV status
pdf-field-on-art = On antiretroviral treatment
pdf-field-substances = Substances used
pdf-field-ost-client = Opioid substitution client
pdf-field-harm-reduction = Harm reduction client
pdf-field-sex-work = Sex work
pdf-field-disability = Disability
pdf-field-homeless = Homeless
pdf-field-previous-incidents = Previous incidents
pdf-field-when = When
pdf-field-where = Where
pdf-field-what = What was done
pdf-field-by-whom = By whom
pdf-field-status = Current status
pdf-field-intake-date = Taken in on
pdf-field-intake-channel = How the case came in
pdf-field-source = Source of information
pdf-field-tags = Tags
pdf-field-notes = Notes
pdf-deadline-complaint = Answer due to the complaint to: { $body }
pdf-col-due = Due
pdf-col-what = What
pdf-none = None recorded.
pdf-yes = Yes
pdf-no = No
pdf-withheld = withheld (pseudonymised file)

## Chronology
pdf-incident-title = Incident { $n }: { $date }
pdf-field-date = Date
pdf-field-date-precision = Date known to
pdf-field-time-of-day = Time of day
pdf-field-place = Place
pdf-field-location-type = Type of place
pdf-field-detained = Detained
pdf-field-detention-hours = Held for
pdf-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
pdf-field-protocol = Detention report drawn up
pdf-field-released-how = How she was released
pdf-narrative-original = Her account, in her own words (original language)
pdf-narrative-translation = Translation of her account
pdf-witnesses = Witnesses
pdf-col-pseudonym = Pseudonym
pdf-col-contact = Contact
pdf-col-willing = Willing to testify

## Acts
pdf-acts-intro = Each act is listed with the provisions it engages, taken from Casebook’s rights table. “Engages” means the act falls within the provision’s scope; whether it amounts to a violation is for the lawyer and the body seized.
pdf-acts-of-incident = Incident { $n } ({ $date })
pdf-act-title = Act { $n }: { $act }
pdf-field-act-group = Kind of act
pdf-field-intent = Apparent purpose
pdf-field-physical = Physical consequences
pdf-field-psychological = Psychological consequences
pdf-field-medical-attention = Medical attention
pdf-field-perpetrators = Perpetrators involved
pdf-field-rights = Rights engaged
pdf-rights-summary = Rights engaged in this case
pdf-col-instrument = Instrument
pdf-col-provisions = Provisions
pdf-col-acts = Acts
pdf-right-article = { $instrument } art. { $article }
pdf-right-rule = { $instrument }, rule { $article }
pdf-right-paragraph = { $instrument }, para. { $article }
pdf-instrument-cat = CAT
pdf-instrument-iccpr = ICCPR
pdf-instrument-icescr = ICESCR
pdf-instrument-echr = ECHR
pdf-instrument-echr-protocol-1 = ECHR Protocol 1
pdf-instrument-cedaw-gr-35 = CEDAW GR 35
pdf-instrument-bangkok-rules = Bangkok Rules
pdf-instrument-crc = CRC
pdf-instrument-name-cat = Convention against Torture (CAT)
pdf-instrument-name-iccpr = International Covenant on Civil and Political Rights (ICCPR)
pdf-instrument-name-icescr = International Covenant on Economic, Social and Cultural Rights (ICESCR)
pdf-instrument-name-echr = European Convention on Human Rights (ECHR)
pdf-instrument-name-echr-protocol-1 = Protocol No. 1 to the ECHR
pdf-instrument-name-cedaw-gr-35 = CEDAW General Recommendation No. 35
pdf-instrument-name-bangkok-rules = UN Rules for the Treatment of Women Prisoners (Bangkok Rules)
pdf-instrument-name-crc = Convention on the Rights of the Child (CRC)

## Perpetrators
pdf-perpetrator-title = Perpetrator { $n }
pdf-perpetrator-title-ref = Perpetrator { $n } ({ $ref })
pdf-field-agency = Agency
pdf-field-unit = Unit
pdf-field-rank = Rank
pdf-field-name = Name
pdf-field-badge = Badge number
pdf-field-uniformed = In uniform
pdf-field-vehicle = Vehicle number plate
pdf-field-count = Number of people
pdf-field-identifiable = She could recognise them again
pdf-field-involvement = Involvement

## Evidence
pdf-medical = Medical documentation
pdf-field-exam-date = Examined on
pdf-field-examiner = Examiner
pdf-field-institution = Institution
pdf-field-findings = Findings
pdf-field-consistency = Consistency (Istanbul Protocol)
pdf-col-body-region = Body region
pdf-col-description = Description
pdf-attachments = Attachments
pdf-col-file = File
pdf-col-type-size = Type, size
pdf-col-times = Captured / received
pdf-col-received-by = Received by
pdf-captured = captured { $time }
pdf-received = received { $time }
pdf-photos = Photographs
pdf-photo-caption = Attachment { $n }: { $file }
pdf-photo-missing = (the file is not in this vault)
pdf-photo-too-large = (too large to embed; see the original)
pdf-photo-unreadable = (this image format cannot be shown here; see the original)

## Responses
pdf-field-services = Services provided
pdf-referrals = Referrals
pdf-complaints = Complaints
pdf-follow-ups = Follow-ups
pdf-col-to = To
pdf-col-date = Date
pdf-col-consent = Consent
pdf-col-outcome = Outcome
pdf-col-body = Body
pdf-col-filed = Filed
pdf-col-reference = Reference
pdf-col-deadline = Deadline
pdf-col-response = Response
pdf-col-done = Done
pdf-col-note = Note

## Consent
pdf-consent-intro = What the survivor agreed to, destination by destination, as recorded in the case.
pdf-col-destination = Destination
pdf-col-given = Given
pdf-col-named = Named or anonymised
pdf-col-obtained-by = Obtained by
pdf-col-revoked = Revoked

## Integrity
pdf-integrity-intro = This file was generated from one revision of the case in an encrypted Casebook vault. The revision id is the SHA-256 hash of that revision’s content and history; the data hash below is the SHA-256 hash of exactly what this file shows, together with its language, profile and revision.
pdf-integrity-intro-tagged = This file was generated from one revision of the case in an encrypted Casebook vault. Because it is pseudonymised, revisions are shown by their tags: the HMAC-SHA256 of the revision id under a secret kept only in that vault, so that nobody without the vault can test a guessed name against them. The data hash below is the SHA-256 hash of exactly what this file shows, together with its language, profile and revision tag.
pdf-field-case-id = Case id
pdf-field-audit-head = Audit chain head
pdf-field-data-hash = Data hash (SHA-256)
pdf-history = Revision history
pdf-col-time = Time
pdf-col-author = Author
pdf-col-kind = Change
pdf-col-reason = Reason
pdf-col-revision = Revision id
pdf-col-revision-tag = Revision tag
pdf-revision-kind-create = created
pdf-revision-kind-edit = edited
pdf-revision-kind-delete = deleted
pdf-revision-kind-merge = merged
pdf-integrity-how = The file also carries a SHA-256 hash of all its own bytes. “Verify a case file” in Casebook (or “casebook verify-pdf FILE”), run on the vault that produced it, recomputes both hashes, confirms the audit chain entry and re-renders the revision; any change made to the file after generation is reported.

## Dates and numbers
pdf-date-exact = { $day } { $month } { $year }
pdf-date-month = { $month } { $year }
pdf-date-year = { $year }
pdf-date-range = around { $start } – { $end }
pdf-date-range-same-month = around { $start }–{ $end }
pdf-timestamp = { $date }, { $time } { $zone }
pdf-decimal-separator = .
pdf-size-bytes = { $n } bytes
pdf-size-kb = { $n } KB
pdf-size-mb = { $n } MB
pdf-month-gen-1 = January
pdf-month-gen-2 = February
pdf-month-gen-3 = March
pdf-month-gen-4 = April
pdf-month-gen-5 = May
pdf-month-gen-6 = June
pdf-month-gen-7 = July
pdf-month-gen-8 = August
pdf-month-gen-9 = September
pdf-month-gen-10 = October
pdf-month-gen-11 = November
pdf-month-gen-12 = December
pdf-month-nom-1 = January
pdf-month-nom-2 = February
pdf-month-nom-3 = March
pdf-month-nom-4 = April
pdf-month-nom-5 = May
pdf-month-nom-6 = June
pdf-month-nom-7 = July
pdf-month-nom-8 = August
pdf-month-nom-9 = September
pdf-month-nom-10 = October
pdf-month-nom-11 = November
pdf-month-nom-12 = December
