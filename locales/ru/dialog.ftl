# Заголовки системных окон выбора файла.
dialog-title-attach = Выберите файл для прикрепления
dialog-title-attachment-export = Сохранение копии вложения
dialog-title-bundle-open = Выберите пакет для импорта
dialog-title-bundle-save = Сохранение пакета
dialog-title-card-open = Выберите карточку контакта
dialog-title-card-save = Сохранение вашей карточки контакта
dialog-title-stats-save = Сохранить статистику
dialog-title-shares-save = Сохранить карточки частей (первую; остальные лягут рядом)
dialog-title-share-open = Открыть файл части
dialog-title-stats-send = Сохранить пакет статистики
