# Заголовки системних вікон вибору файлу.
dialog-title-attach = Виберіть файл для прикріплення
dialog-title-attachment-export = Збереження копії вкладення
dialog-title-bundle-open = Виберіть пакет для імпорту
dialog-title-bundle-save = Збереження пакета
dialog-title-card-open = Виберіть картку контакту
dialog-title-card-save = Збереження вашої картки контакту
dialog-title-stats-save = Зберегти статистику
dialog-title-shares-save = Зберегти картки частин (першу; решта ляже поруч)
dialog-title-share-open = Відкрити файл частини
dialog-title-stats-send = Зберегти пакет статистики
