# პირველადი გასაუბრების ოსტატი (ui/src/screens/Intake.svelte და ui/src/components/casework/).
# ნებისმიერი კითხვის გამოტოვება შეიძლება; აუცილებელია მხოლოდ ფსევდონიმი და დოკუმენტირებაზე თანხმობა.

in-title = ახალი გასაუბრება
in-steps = გასაუბრების ეტაპები
in-saved-at = შენახულია საცავში: { $time }
in-not-saved-yet = ჯერ არაფერია ჩაწერილი
in-step-problems = { $count ->
    [one] ამ ეტაპზე { $count } პრობლემაა
   *[other] ამ ეტაპზე { $count } პრობლემაა
}

in-step-consent = თანხმობა
in-step-survivor = დაზარალებული
in-step-incidents = ინციდენტები
in-step-acts = რა ჩაიდინეს
in-step-perpetrators = მოძალადეები
in-step-evidence = მტკიცებულებები
in-step-responses = რეაგირება
in-step-review = გადახედვა

in-hint-consent = ჯერ ჰკითხეთ, თანახმაა თუ არა, რომ ეს საერთოდ ჩაიწეროს. ამ თანხმობის გარეშე არაფრის შენახვა არ შეიძლება. შემდეგ ჰკითხეთ ყოველი სხვა გამოყენების შესახებ.
in-hint-survivor = საჭიროა მხოლოდ ფსევდონიმი. ყველა სხვა კითხვის გამოტოვება შეიძლება.
in-hint-incidents = თითო ბლოკი თითო ინციდენტზე. თარიღი შეიძლება იყოს ზუსტი, მხოლოდ თვე, მხოლოდ წელი ან შუალედი.
in-hint-acts = მონიშნეთ, რა ჩაიდინეს თითოეულ ინციდენტში; დეტალები შეიძლება ცარიელი დარჩეს.
in-hint-perpetrators = აღწერეთ, ვინ ჩაიდინა, რამდენადაც მან იცის ან სურს თქმა.
in-hint-evidence = ფოტოები, სკანირებული ასლები, ჩანაწერები და სამედიცინო დასკვნები. ფაილები საცავში დაშიფრულად ინახება.
in-hint-responses = რა გაკეთდა მისთვის და რა უნდა მოხდეს შემდეგ.
in-hint-review = შეამოწმეთ, რა ჩაიწერა. ყველაფრის შეცვლა მოგვიანებითაც შეიძლება.

in-next = შემდეგი
in-back = უკან
in-skip = ამ ეტაპის გამოტოვება
in-to-review = გადახედვაზე გადასვლა
in-finish = საქმის შენახვა
in-finishing = ინახება…
in-stop = აქ შეჩერება (მოგვიანებით გაგრძელება)
in-discard = ამ მონახაზის გაუქმება
in-discard-confirm = წაიშალოს ყველაფერი, რაც ამ მონახაზშია ჩაწერილი?
in-discard-yes = დიახ, წაიშალოს
in-discard-no = არა, დარჩეს

in-about-interview = ამ გასაუბრების შესახებ
in-intake-date = გასაუბრების თარიღი
in-documenter = დოკუმენტირება ჩაატარა (თქვენი ფსევდონიმი)
in-organisation = ორგანიზაცია

in-consent-title = თანხმობა
in-consent-intro = თითოეულ გამოყენებაზე ჩაწერეთ თითო პასუხი. უპასუხო კითხვა ნიშნავს „არ უკითხავთ“; მას შეუძლია მოგვიანებით გადაიფიქროს.
in-consent-required = აუცილებელია საქმის შესანახად
in-consent-not-asked = ჯერ არ უკითხავთ
in-consent-yes = თანახმაა
in-consent-no = არ არის თანახმა
in-consent-date = თანხმობის თარიღი
in-consent-obtained-by = ვინ ჰკითხა
in-consent-gate = ჯერ ჰკითხეთ დოკუმენტირებაზე თანხმობის შესახებ; სხვა ეტაპები გაიხსნება, როცა ის დათანხმდება.
in-consent-refused = ის არ არის თანახმა, რომ ეს დოკუმენტირდეს. არაფრის შენახვა არ შეიძლება: გააუქმეთ მონახაზი.

in-survivor-title = დაზარალებული
in-pseudonym = ფსევდონიმი ან კოდური სახელი
in-pseudonym-hint = არა მისი ნამდვილი სახელი. ნამდვილი ვინაობა, თუ საერთოდ, იწერება ქვემოთ, დაცულ ბლოკში.
in-age = ზუსტი ასაკი
in-citizenship = მოქალაქეობა (ქვეყნის კოდი)
in-stateless = მოქალაქეობის არმქონე
in-situation-title = მისი მდგომარეობა
in-skip-hint = ჰკითხეთ მხოლოდ ის, რაზე პასუხიც მისთვის კომფორტულია.
in-pregnant = ინციდენტის დროს ორსულად იყო
in-has-children = ჰყავს შვილები
in-on-art = იღებს ანტირეტროვირუსულ მკურნალობას
in-ost-client = ოპიოიდური ჩანაცვლებითი თერაპიის ბენეფიციარი
in-harm-reduction-client = ზიანის შემცირების პროგრამის ბენეფიციარი
in-sex-work = სექს-სამუშაო
in-disability = შეზღუდული შესაძლებლობა
in-homeless = უსახლკარო
in-previous-incidents = წინა ინციდენტები (რაოდენობა)
in-identity-title = ნამდვილი ვინაობა (დაცული)
in-identity-hint = არ შედის არცერთ გაზიარებულ ან დაფარულ მასალაში. შეავსეთ მხოლოდ მაშინ, თუ მას ეს სურს და იურისტს სჭირდება.
in-legal-name = სახელი და გვარი (დოკუმენტის მიხედვით)
in-date-of-birth = დაბადების თარიღი
in-phone = ტელეფონი
in-address = მისამართი
in-id-document = პირადობის დამადასტურებელი დოკუმენტის ნომერი

in-incidents-empty = ინციდენტი ჯერ არ არის ჩაწერილი.
in-incident-n = ინციდენტი { $n }
in-incident-date = როდის მოხდა
in-narrative = რა მოხდა, მისივე სიტყვებით
in-narrative-hint = იმ ენაზე, რომელზეც ის ლაპარაკობს; თარგმანი შეიძლება ქვემოთ დაემატოს.
in-narrative-translation = თარგმანი
in-detention = დაკავება
in-detained = დააკავეს თუ არა
in-duration-hours = რამდენ ხანს (საათი)
in-protocol = შედგა თუ არა დაკავების ოქმი
in-released-how = როგორ გათავისუფლდა
in-witnesses = მოწმეები
in-witness-pseudonym = მოწმე (ფსევდონიმი)
in-witness-contact = როგორ დავუკავშირდეთ
in-witness-willing = მზადაა ჩვენების მისაცემად
in-add-witness = მოწმის დამატება
in-add-incident = ინციდენტის დამატება
in-remove-incident = ამ ინციდენტის წაშლა

in-acts-no-incident = ჯერ ჩაწერეთ ინციდენტი; მისი ქმედებები აქ მოინიშნება.
in-act-perpetrators = ვინ ჩაიდინა
in-new-perpetrator = ახალი მოძალადე
in-physical-consequences = ფიზიკური შედეგები
in-psychological-consequences = ფსიქოლოგიური შედეგები

in-perpetrators-empty = მოძალადე ჯერ არ არის ჩაწერილი.
in-perpetrator-n = მოძალადე { $ref }
in-unit = ქვედანაყოფი
in-rank = წოდება
in-badge = სამკერდე ნიშნის ნომერი
in-perp-name = სახელი (დაცული)
in-vehicle = ავტომობილის სახელმწიფო ნომერი
in-uniformed = ფორმაში
in-count = რამდენი ადამიანი
in-identifiable = შეძლებს მათ ხელახლა ამოცნობას
in-add-perpetrator = მოძალადის დამატება
in-remove-perpetrator = ამ მოძალადის წაშლა

in-medical = სამედიცინო დოკუმენტაცია
in-examiner = ექსპერტი ან ექიმი
in-institution = დაწესებულება
in-date = თარიღი
in-findings = დასკვნა
in-body-regions = დაზიანებები სხეულის არეების მიხედვით
in-mark-description = რა ჩანს იქ
in-add-medical = სამედიცინო შემოწმების დამატება

in-services-given = მიღებული მომსახურება
in-referrals = გადამისამართებები
in-referral-to = სად გადამისამართდა
in-referral-consent = დაეთანხმა გადამისამართებას
in-outcome = შედეგი
in-add-referral = გადამისამართების დამატება
in-complaints = საჩივრები
in-date-filed = შეტანის თარიღი
in-reference-number = რეგისტრაციის ნომერი
in-deadline = ვადა
in-add-complaint = საჩივრის დამატება
in-follow-ups = შემდგომი ნაბიჯები
in-follow-ups-hint = მაგალითად, სასამართლო-სამედიცინო ექსპერტიზა, სანამ დაზიანებები ჯერ კიდევ ჩანს, ან გასაჩივრების ვადა.
in-due = როდემდე
in-note = რა უნდა გაკეთდეს
in-done-on = როდის შესრულდა
in-add-follow-up = შემდგომი ნაბიჯის დამატება

in-review-problems = { $count ->
    [one] ერთ პასუხს საქმის შენახვამდე ხელახლა გადახედვა სჭირდება:
   *[other] { $count } პასუხს საქმის შენახვამდე ხელახლა გადახედვა სჭირდება:
}
