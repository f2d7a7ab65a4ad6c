# Titles of the native file dialogs (the window's title bar).
dialog-title-attach = Choose a file to attach
dialog-title-attachment-export = Save a copy of the attachment
dialog-title-bundle-open = Choose a bundle to import
dialog-title-bundle-save = Save the bundle
dialog-title-card-open = Choose a contact card
dialog-title-card-save = Save your contact card
dialog-title-stats-save = Save the statistics
dialog-title-shares-save = Save the share cards (the first card; the others go beside it)
dialog-title-share-open = Open a share file
dialog-title-stats-send = Save the statistics bundle
