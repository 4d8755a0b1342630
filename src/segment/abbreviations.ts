/**
 * Abbreviations written with a final period (without it). Whole tokens, case-sensitive.
 * German first (CLDR German list plus news and legal usage), then common English ones.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    // German
    'Abb Abg Abs Abt Adr Akad Anh Anl Anm Art Aufl Ausg Bd Bde Bearb Bhf Bsp Bspw bspw bzgl bzw ca Chr Co Corp ' +
    'dgl Di Dipl Dir Do Dr Dres dt Dtzd ebd Ed eidg einschl engl entspr erg Erw etc ev evtl exkl Fa Fam ff Fr ' +
    'Frl Fr Gebr gegr gem Ges ggf ggü Hbf Hr Hrn Hrsg Ing Inh inkl Jh Jhd Jhdt jr Jr Kap Kfm kath Kl Komm Kr led ' +
    'Lfg lfd Lt ltd Ltd max Mi Mill Min Mio Mo Mrd mtl Nachf Nr Nrn o Obb od op Pf Pfd Pkt Pl Präs Prof Prov ' +
    'Pst qm rd Reg Rel resp Rs Sa So Slg sog St Std Str stud Tab Tel Tsd u ua Univ urspr usf usw Verf Vers ' +
    'vgl vj Vol vs Wwe Zi Ziff zit zT zul zus zzgl mind min sogen insb insbes bes ehem gegr geb gest verh Ggs ' +
    'Jan Febr Feb Apr Aug Sep Sept Okt Nov Dez Mrz ' +
    'Bundesvors Gen Gesch Kdt Lit Mag Mil Min Präs Stv stv Vors ' +
    // English
    'Mr Mrs Ms Messrs Sr Sen Rep Gov Lt Col Capt Sgt Maj Brig Adm Inc Ltd Corp Mt Ft No Nos Vol pp Rev Hon ' +
    'Jun Oct Dec Mar'
  ).split(/\s+/),
);

/** Abbreviations that may also close a sentence ("… und so weiter usw. Die …"). */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['usw', 'etc', 'usf', 'ff', 'Co', 'Inc', 'Ltd', 'Corp']);

/**
 * Words that typically open a German or English sentence. After "3." or an initial,
 * one of these signals a sentence boundary rather than an ordinal or a name.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Wir Ich Ihr Man Dies Diese Dieser Dieses Damit ' +
    'Dabei Dann Danach Daher Darauf Deshalb Doch Aber Und Oder Auch Als Am Im In Auf Aus Bei Mit Nach Vor Zu Zum Zur ' +
    'Seit Bis Für Gegen Um Über Unter Wie Was Wer Wo Wenn Weil Während So Noch Nun Jetzt Heute Damals Später Zudem ' +
    'Außerdem Allerdings Jedoch Trotzdem Mehr Nur Schon Alle Viele Es Sein Seine Ihre Unsere Laut ' +
    'The A An He She It We They I This That These Those But And Or In On At For With After Before When While ' +
    'There Here His Her Their Our Its If As'
  ).split(/\s+/),
);

export const MONTHS: ReadonlySet<string> = new Set(
  (
    'Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember ' +
    'Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez'
  ).split(/\s+/),
);
