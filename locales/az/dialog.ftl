# Sistemin fayl pəncərələrinin başlıqları (pəncərənin başlıq zolağı).
dialog-title-attach = Əlavə etmək üçün fayl seçin
dialog-title-attachment-export = Əlavənin nüsxəsini saxlayın
dialog-title-bundle-open = İdxal üçün paket seçin
dialog-title-bundle-save = Paketi saxlayın
dialog-title-card-open = Kontakt kartı seçin
dialog-title-card-save = Kontakt kartınızı saxlayın
dialog-title-stats-save = Statistikanı saxlayın
dialog-title-shares-save = Pay kartlarını saxlayın (birinci kart; digərləri onun yanında saxlanılır)
dialog-title-share-open = Pay faylını açın
dialog-title-stats-send = Statistika paketini saxlayın
