## Advokasiya icmalı: ümumiləşdirilmiş statistika PDF şəklində (casebook-pdf, brief)

brief-title = Sənədləşdirilmiş zorakılıq və hüquq pozuntusu halları
brief-subtitle = Advokasiya icmalı: sənədləşdirilmiş işlər üzrə statistika
brief-running-head = Advokasiya icmalı
brief-footer = Yalnız ümumiləşdirilmiş statistika: ayrı-ayrı işlər üzrə məlumat yoxdur
brief-period = Hadisələrin dövrü: { $from } — { $to }
brief-period-all = Hadisələrin dövrü: qeydə alınmış bütün tarixlər
brief-period-open = məhdudiyyətsiz
brief-countries = Ölkələr: { $countries }
brief-organisation = Hazırlayan: { $organisation }
brief-generated = Yaradılma tarixi: { $date }
brief-title-note = Yalnız zərərçəkmişin şəbəkə statistikasına razılıq verdiyi işlər sayılır. { $k } həddindən kiçik ədədlər “<{ $k }” kimi göstərilir. Bu icmalda adlar, iş kodları, hadisələrin təsviri və bölgədən kiçik yerlər yoxdur.

brief-key-figures = Əsas göstəricilər
brief-fig-counted = Sayılan işlər
brief-fig-excluded = Sayılmayanlar: statistikaya razılıq yoxdur
brief-fig-excluded-detail = soruşulmayıb: { $never }, imtina edib: { $refused }, geri götürüb: { $revoked }
brief-fig-physical = Fiziki zorakılıq olan işlər
brief-fig-sexual = Cinsi zorakılıq olan işlər
brief-fig-complaint = Şikayət verilmiş işlər
brief-fig-agency = Ən çox adı çəkilən qurum
brief-fig-share = { $count } ({ $percent }%)
brief-fig-not-shown = göstərilmir (kiçik ədədlər)
brief-fig-of-cases = sayılan { $total } işdən

brief-charts = Diaqramlar
brief-chart-act-group = Əməl qrupları üzrə işlər
brief-chart-agency = Törədənlərin qurumu üzrə işlər
brief-chart-time = Hadisənin rübü üzrə işlər
brief-chart-multi = Bir iş bir neçə sütunda sayıla bilər, ona görə sütunların cəmi sayılan işlərin sayına bərabər deyil.
brief-chart-hidden = “<{ $k }”: { $k } işdən az və ya kiçik ədədi hesablamaq mümkün olmasın deyə gizlədilib.
brief-chart-time-hidden = Boz sütunlar: { $k } işdən az və ya gizlədilib; { $k } hündürlüyündə çəkilib.
brief-chart-time-unknown = Rübü məlum olmayan işlər diaqramda deyil, cədvəldədir.
brief-chart-empty = Göstəriləcək iş yoxdur.

brief-map = Bölgələr üzrə işlər
brief-map-legend = İşlər
brief-map-hidden = { $k } həddindən az və ya gizlədilib
brief-map-rolled = İş yoxdur və ya ölkənin digər bölgələri ilə birlikdə sayılıb
brief-map-note = { $k } işdən az olan bölgələrin adı çəkilmir; onlar öz ölkəsinin “digər bölgələri” kimi birlikdə sayılır (bölgələr üzrə cədvələ baxın). Sərhədlər ISO 3166-2 standartına və BMT Baş Assambleyasının mövqelərinə uyğundur. Konturlar: Natural Earth (ictimai mülkiyyət).
brief-map-missing = Xəritəni çəkmək mümkün olmadı; ölkələr və bölgələr üzrə cədvəllər aşağıdadır.

brief-tables = Cədvəllər
brief-method = Metodika
brief-method-unit = Sayma vahidi: iş. Hər cədvəl razılıq verilmiş işləri bir ölçü üzrə sayır; eyni qrupdan iki əməli olan iş həmin qrupda bir dəfə sayılır.
