# Tizim fayl oynalarining sarlavhalari (oynaning sarlavha satri).
dialog-title-attach = Ilova qilish uchun faylni tanlang
dialog-title-attachment-export = Ilova nusxasini saqlash
dialog-title-bundle-open = Import qilish uchun paketni tanlang
dialog-title-bundle-save = Paketni saqlash
dialog-title-card-open = Kontakt kartasini tanlang
dialog-title-card-save = Kontakt kartangizni saqlash
dialog-title-stats-save = Statistikani saqlash
dialog-title-shares-save = Ulush kartalarini saqlash (birinchi karta; qolganlari uning yonida saqlanadi)
dialog-title-share-open = Ulush faylini ochish
dialog-title-stats-send = Statistika paketini saqlash
