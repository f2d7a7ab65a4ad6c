# Сарлавҳаҳои равзанаҳои системавии файл (сатри сарлавҳаи равзана).
dialog-title-attach = Файлро барои замима кардан интихоб кунед
dialog-title-attachment-export = Нигоҳ доштани нусхаи замима
dialog-title-bundle-open = Бастаро барои ворид кардан интихоб кунед
dialog-title-bundle-save = Нигоҳ доштани баста
dialog-title-card-open = Корти тамосро интихоб кунед
dialog-title-card-save = Нигоҳ доштани корти тамоси шумо
dialog-title-stats-save = Нигоҳ доштани омор
dialog-title-shares-save = Нигоҳ доштани кортҳои ҳиссаҳо (корти якум; дигарҳо дар паҳлӯи он гузошта мешаванд)
dialog-title-share-open = Кушодани файли ҳисса
dialog-title-stats-send = Нигоҳ доштани бастаи омор
