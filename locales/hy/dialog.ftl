# Ֆայլերի համակարգային պատուհանների վերնագրերը (պատուհանի վերնագրի տողը)։
dialog-title-attach = Ընտրեք կցվող ֆայլը
dialog-title-attachment-export = Պահպանել կցորդի պատճենը
dialog-title-bundle-open = Ընտրեք ներմուծվող փաթեթը
dialog-title-bundle-save = Պահպանել փաթեթը
dialog-title-card-open = Ընտրեք կոնտակտային քարտը
dialog-title-card-save = Պահպանել ձեր կոնտակտային քարտը
dialog-title-stats-save = Պահպանել վիճակագրությունը
dialog-title-shares-save = Պահպանել բաժինների քարտերը (առաջին քարտը, մյուսները կպահվեն դրա կողքին)
dialog-title-share-open = Բացել բաժնի ֆայլը
dialog-title-stats-send = Պահպանել վիճակագրության փաթեթը
