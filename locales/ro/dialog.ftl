# Titlurile ferestrelor de dialog pentru fișiere (bara de titlu a ferestrei).
dialog-title-attach = Alegeți un fișier de atașat
dialog-title-attachment-export = Salvați o copie a atașamentului
dialog-title-bundle-open = Alegeți un pachet pentru import
dialog-title-bundle-save = Salvați pachetul
dialog-title-card-open = Alegeți o fișă de contact
dialog-title-card-save = Salvați fișa dvs. de contact
dialog-title-stats-save = Salvați statistica
dialog-title-shares-save = Salvați cardurile cu fragmente (primul card; celelalte se salvează alături)
dialog-title-share-open = Deschideți un fișier cu fragment
dialog-title-stats-send = Salvați pachetul de statistici
