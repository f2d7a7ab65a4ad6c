# სისტემური ფაილის ფანჯრების სათაურები (ფანჯრის სათაურის ზოლი).
dialog-title-attach = აირჩიეთ დასართავი ფაილი
dialog-title-attachment-export = დანართის ასლის შენახვა
dialog-title-bundle-open = აირჩიეთ იმპორტის პაკეტი
dialog-title-bundle-save = პაკეტის შენახვა
dialog-title-card-open = აირჩიეთ საკონტაქტო ბარათი
dialog-title-card-save = თქვენი საკონტაქტო ბარათის შენახვა
dialog-title-stats-save = სტატისტიკის შენახვა
dialog-title-shares-save = წილების ბარათების შენახვა (პირველი ბარათი; დანარჩენები მის გვერდით შეინახება)
dialog-title-share-open = წილის ფაილის გახსნა
dialog-title-stats-send = სტატისტიკის პაკეტის შენახვა
