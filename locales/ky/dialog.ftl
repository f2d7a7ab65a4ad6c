# Файл терезелеринин аталыштары (терезенин аталыш сабы).
dialog-title-attach = Тиркөө үчүн файл тандаңыз
dialog-title-attachment-export = Тиркеменин көчүрмөсүн сактоо
dialog-title-bundle-open = Импорттоо үчүн пакетти тандаңыз
dialog-title-bundle-save = Пакетти сактоо
dialog-title-card-open = Байланыш карточкасын тандаңыз
dialog-title-card-save = Өзүңүздүн байланыш карточкаңызды сактоо
dialog-title-stats-save = Статистиканы сактоо
dialog-title-shares-save = Үлүш карточкаларын сактоо (биринчи карточка; калгандары анын жанына сакталат)
dialog-title-share-open = Үлүш файлын ачуу
dialog-title-stats-send = Статистика пакетин сактоо
