# Жүйелік файл терезелерінің тақырыптары (терезенің тақырып жолы).
dialog-title-attach = Тіркейтін файлды таңдаңыз
dialog-title-attachment-export = Тіркеменің көшірмесін сақтау
dialog-title-bundle-open = Импорттайтын пакетті таңдаңыз
dialog-title-bundle-save = Пакетті сақтау
dialog-title-card-open = Контакт карточкасын таңдаңыз
dialog-title-card-save = Өз контакт карточкаңызды сақтау
dialog-title-stats-save = Статистиканы сақтау
dialog-title-shares-save = Үлес карточкаларын сақтау (бірінші карточка; қалғандары оның жанына сақталады)
dialog-title-share-open = Үлес файлын ашу
dialog-title-stats-send = Статистика пакетін сақтау
