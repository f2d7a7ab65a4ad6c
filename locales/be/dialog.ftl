# Загалоўкі сістэмных акон выбару файлаў (радок загалоўка акна).
dialog-title-attach = Выберыце файл для далучэння
dialog-title-attachment-export = Захаваць копію далучэння
dialog-title-bundle-open = Выберыце пакет для імпарту
dialog-title-bundle-save = Захаваць пакет
dialog-title-card-open = Выберыце картку кантакту
dialog-title-card-save = Захаваць вашу картку кантакту
dialog-title-stats-save = Захаваць статыстыку
dialog-title-shares-save = Захаваць карткі частак (першую картку; астатнія будуць побач з ёй)
dialog-title-share-open = Адкрыць файл часткі
dialog-title-stats-send = Захаваць пакет статыстыкі
