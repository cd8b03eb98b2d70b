<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Majlis</source>
            <translation>دەربارەی مەجلیس</translation>
        </message>
        <message>
            <source>Majlis {version}</source>
            <translation>مەجلیس {version}</translation>
        </message>
        <message>
            <source>Majlis is free software under the GNU General Public License, version 3 or later. It uses Qt under the GNU Lesser General Public License, the Noto Arabic fonts under the SIL Open Font License, and the libraries listed below under their own licences.</source>
            <translation>مەجلیس نەرمەکاڵایەکی ئازادە بە مۆڵەتی گشتیی ⁦GNU⁩، وەشانی 3 یان نوێتر. ⁦Qt⁩ بە مۆڵەتی گشتیی کەمتری ⁦GNU⁩ بەکاردەهێنێت، فۆنتەکانی ⁦Noto Arabic⁩ بە مۆڵەتی فۆنتی کراوەی ⁦SIL⁩، و ئەو کتێبخانانەی خوارەوە بە مۆڵەتی خۆیان.</translation>
        </message>
        <message>
            <source>&amp;Licences:</source>
            <translation>&amp;مۆڵەتەکان:</translation>
        </message>
        <message>
            <source>Licences of Majlis and the libraries it uses</source>
            <translation>مۆڵەتەکانی مەجلیس و ئەو کتێبخانانەی بەکاریان دەهێنێت</translation>
        </message>
    </context>
    <context>
        <name>ActionsOrMenu</name>
        <message>
            <source>Session actions</source>
            <translation>کردارەکانی دانیشتن</translation>
        </message>
        <message>
            <source>Code this session, PDF, audit trail, finalise or unlock</source>
            <translation>کۆدکردنی ئەم دانیشتنە، ⁦PDF⁩، تۆماری چاودێری، کۆتاییپێهێنان یان کردنەوەی قفڵ</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemWidget</name>
        <message>
            <source>Agenda item</source>
            <translation>خاڵی ڕۆژەڤ</translation>
        </message>
        <message>
            <source>Agenda item title</source>
            <translation>ناونیشانی خاڵ</translation>
        </message>
        <message>
            <source>Discussion notes</source>
            <translation>تێبینییەکانی گفتوگۆ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>لابردن</translation>
        </message>
        <message>
            <source>Remove agenda item</source>
            <translation>لابردنی خاڵی ڕۆژەڤ</translation>
        </message>
    </context>
    <context>
        <name>AgendaSection</name>
        <message>
            <source>Add &amp;agenda item</source>
            <translation>زیادکردنی &amp;خاڵی ڕۆژەڤ</translation>
        </message>
        <message>
            <source>Remove agenda item %1 and its discussion notes?</source>
            <translation>خاڵی ڕۆژەڤی %1 و تێبینییەکانی گفتوگۆکەی لادەبرێن؟</translation>
        </message>
        <message>
            <source>Remove an agenda item</source>
            <translation>لابردنی خاڵێکی ڕۆژەڤ</translation>
        </message>
    </context>
    <context>
        <name>AgreementTab</name>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>هەردووکیان</translation>
        </message>
        <message>
            <source>Only first coder</source>
            <translation>تەنیا کۆدکەری یەکەم</translation>
        </message>
        <message>
            <source>Only second coder</source>
            <translation>تەنیا کۆدکەری دووەم</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>ڕێژەی ڕێککەوتن</translation>
        </message>
        <message>
            <source>Kappa</source>
            <translation>کاپا</translation>
        </message>
        <message>
            <source>Coded only by</source>
            <translation>تەنیا کۆدکراوە لەلایەن</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
        <message>
            <source>Compare coders</source>
            <translation>بەراوردکردنی کۆدکەران</translation>
        </message>
        <message>
            <source>Change coders</source>
            <translation>گۆڕینی کۆدکەران</translation>
        </message>
        <message>
            <source>First coder</source>
            <translation>کۆدکەری یەکەم</translation>
        </message>
        <message>
            <source>Second coder</source>
            <translation>کۆدکەری دووەم</translation>
        </message>
        <message>
            <source>&amp;Code this session at this disagreement…</source>
            <translation>&amp;کۆدکردنی ئەم دانیشتنە لەم ناڕێککەوتنەدا…</translation>
        </message>
        <message>
            <source>Agreement per code</source>
            <translation>ڕێککەوتن بۆ هەر کۆدێک</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>ناڕێککەوتنەکان</translation>
        </message>
        <message>
            <source>Choose two different coders: a coder compared with themselves always agrees.</source>
            <translation>دوو کۆدکەری جیاواز هەڵبژێرە: کۆدکەرێک کە لەگەڵ خۆی بەراورد بکرێت هەمیشە ڕێککەوتنی هەیە.</translation>
        </message>
        <message>
            <source>Choose two coders who coded the same documents.</source>
            <translation>دوو کۆدکەر هەڵبژێرە کە هەمان بەڵگەنامەکانیان کۆد کردووە.</translation>
        </message>
        <message>
            <source>These two coders coded no document in common: there is no agreement to report.</source>
            <translation>ئەم دوو کۆدکەرە هیچ بەڵگەنامەیەکی هاوبەشیان کۆد نەکردووە: هیچ ڕێککەوتنێک نییە بۆ ڕاپۆرتکردن.</translation>
        </message>
        <message>
            <source>Documents: %1; coded characters: %2; agreement %3, kappa %4</source>
            <translation>بەڵگەنامەکان: %1؛ پیتە کۆدکراوەکان: %2؛ ڕێککەوتن %3، کاپا %4</translation>
        </message>
    </context>
    <context>
        <name>ArrivedErasure</name>
        <message>
            <source>A withdrawal of consent to be quoted arrived: a participant is no longer quoted here.</source>
            <translation>کشانەوەیەک لە ڕەزامەندی هێنانەوەی وتە گەیشت: وتەکانی بەشداربوویەک ئیتر لێرە ناهێنرێنەوە.</translation>
        </message>
        <message>
            <source>Publish a team update so that the laptops stop quoting them too.</source>
            <translation>نوێکردنەوەی تیم بڵاو بکەرەوە بۆ ئەوەی لاپتۆپەکانیش وتەکانی نەهێننەوە.</translation>
        </message>
        <message>
            <source>A withdrawal that arrived erased words here; the copies made before still hold them (listed in the window that opened).</source>
            <translation>کشانەوەیەک کە گەیشت، لێرە قسەکانی سڕییەوە؛ ئەو کۆپییانەی پێشتر دروستکران هێشتا تێیاندان (لە ئەو پەنجەرەیەدا ناویان هاتووە کە کرایەوە).</translation>
        </message>
        <message>
            <source>A withdrawal that arrived erased a participant's words here.</source>
            <translation>کشانەوەیەک کە گەیشت، لێرە قسەکانی بەشداربوویەکی سڕییەوە.</translation>
        </message>
        <message>
            <source>The memo, examples or criteria of codes used on their words may quote them (named in the window that opened).</source>
            <translation>لەوانەیە تێبینی، نموونە یان پێوەرەکانی ئەو کۆدانەی لەسەر قسەکانی بەکارهاتوون قسەکانی بهێننەوە (لەو پەنجەرەیەدا ناو براون کە کرایەوە).</translation>
        </message>
        <message>
            <source>Publish a team update so that the laptops erase them too.</source>
            <translation>نوێکردنەوەی تیم بڵاو بکەرەوە بۆ ئەوەی لاپتۆپەکانیش بیانسڕنەوە.</translation>
        </message>
    </context>
    <context>
        <name>AttendeeDialog</name>
        <message>
            <source>Add attendee</source>
            <translation>زیادکردنی ئامادەبوو</translation>
        </message>
        <message>
            <source>Type part of the organisation's name</source>
            <translation>بەشێک لە ناوی ڕێکخراوەکە بنووسە</translation>
        </message>
        <message>
            <source>Type part of the pseudonym</source>
            <translation>بەشێک لە ناوی خوازراو بنووسە</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>گەڕان</translation>
        </message>
        <message>
            <source>Attendee</source>
            <translation>ئامادەبوو</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ڕۆڵ</translation>
        </message>
        <message>
            <source>Only the first %1 are listed: type more to find the others.</source>
            <translation>تەنیا یەکەم %1 لیست کراون: زیاتر بنووسە بۆ دۆزینەوەی ئەوانی تر.</translation>
        </message>
        <message>
            <source>Nothing matches what is typed.</source>
            <translation>هیچ شتێک لەگەڵ ئەوەی نووسراوە ناگونجێت.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail</source>
            <translation>تۆماری چاودێری</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>created</source>
            <translation>دروستکرا</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>گۆڕدرا</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>سڕایەوە</translation>
        </message>
        <message>
            <source>finalised</source>
            <translation>کۆتایی پێهێنرا</translation>
        </message>
        <message>
            <source>unlocked</source>
            <translation>قفڵەکەی کرایەوە</translation>
        </message>
        <message>
            <source>session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>ئامادەبوون</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>خاڵی ڕۆژەڤ</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>بڕیار</translation>
        </message>
        <message>
            <source>action item</source>
            <translation>ئەرکی بەدواداچوون</translation>
        </message>
        <message>
            <source>transcript turn</source>
            <translation>قسەکردن</translation>
        </message>
        <message>
            <source>When</source>
            <translation>کات</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>بەکارهێنەر</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ڕووداو</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>گۆڕانکاری</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>هۆکار</translation>
        </message>
    </context>
    <context>
        <name>BackupsBox</name>
        <message>
            <source>Backups</source>
            <translation>کۆپییە یەدەگەکان</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;دروستکردنی کۆپیی یەدەگ ئێستا…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>دروستکردنی کۆپیی یەدەگ ئێستا</translation>
        </message>
        <message>
            <source>Open bac&amp;kups folder</source>
            <translation>کردنەوەی بو&amp;خچەی کۆپییە یەدەگەکان</translation>
        </message>
        <message>
            <source>No backup of this database yet. Make one now, and again after each day's work; copy the backups folder to a USB stick kept apart from the laptop.</source>
            <translation>هێشتا هیچ کۆپییەکی یەدەگی ئەم بنکەدراوەیە نییە. ئێستا یەکێک دروست بکە، و دوای هەموو ڕۆژێکی کار دووبارەی بکەرەوە؛ بوخچەی کۆپییە یەدەگەکان بۆ فلاشی ⁦USB⁩ کۆپی بکە و لە لاپتۆپەکە جیای بهێڵەوە.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) kept; the latest made %1.</source>
            <translation>
                <numerusform>%n کۆپیی یەدەگ هەیە؛ کە لە %1 دروستکراوە.</numerusform>
                <numerusform>%n کۆپیی یەدەگ هەن؛ دوایینیان لە %1 دروستکراوە.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database passphrase (the backup is encrypted with it):</source>
            <translation>دەستەواژەی نهێنیی بنکەدراوەکە (کۆپیی یەدەگەکە پێی شفرە دەکرێت):</translation>
        </message>
        <message>
            <source>No backup was written: no passphrase was typed. Click Back up now again and type the database passphrase.</source>
            <translation>هیچ کۆپییەکی یەدەگ نەنووسرا: هیچ دەستەواژەیەکی نهێنی نەنووسرا. دیسان کرتە لە «دروستکردنی کۆپیی یەدەگ ئێستا» بکە و دەستەواژەی نهێنیی بنکەدراوەکە بنووسە.</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>کۆپیی یەدەگ دەنووسرێت…</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>کۆپیی یەدەگ نووسرا: %1</translation>
        </message>
        <message>
            <source>Wrong passphrase: no backup was written.</source>
            <translation>دەستەواژەی نهێنی هەڵەیە: هیچ کۆپییەکی یەدەگ نەنووسرا.</translation>
        </message>
        <message>
            <source>No backup was written: a file named %1 stands where the backups folder goes, beside the database. Move or rename that file, then try again.</source>
            <translation>هیچ کۆپییەکی یەدەگ نەنووسرا: پەڕگەیەک بە ناوی %1 لەو شوێنەدایە کە بوخچەی کۆپییە یەدەگەکان دادەنرێت، لە تەنیشت بنکەدراوەکە. ئەو پەڕگەیە بگوازەرەوە یان ناوەکەی بگۆڕە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>No backup was written: %1</source>
            <translation>هیچ کۆپییەکی یەدەگ نەنووسرا: %1</translation>
        </message>
        <message>
            <source>No backup was written: the disk is full or reported an error. Free some space, then try again; if it happens again, ask whoever helps you.</source>
            <translation>هیچ کۆپییەکی یەدەگ نەنووسرا: دیسکەکە پڕە یان هەڵەیەکی ڕاگەیاند. هەندێک شوێن بەتاڵ بکەرەوە، پاشان دووبارە هەوڵ بدەرەوە؛ ئەگەر دیسان ڕوویدا، داوا لەو کەسە بکە کە یارمەتیت دەدات.</translation>
        </message>
        <message>
            <source>No backup was written: the backups folder beside the database cannot be written to. Ask whoever helps you to make it writable, then try again.</source>
            <translation>هیچ کۆپییەکی یەدەگ نەنووسرا: ناتوانرێت لە بوخچەی کۆپییە یەدەگەکانی تەنیشت بنکەدراوەکە بنووسرێت. داوا لەو کەسە بکە کە یارمەتیت دەدات با بیکاتە بوخچەیەک کە دەکرێت تێیدا بنووسرێت، پاشان دووبارە هەوڵ بدەرەوە.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Close</source>
            <translation>داخستن</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>داخستنی ئەم پەیامە</translation>
        </message>
    </context>
    <context>
        <name>BlockersList</name>
        <message>
            <source>Before finalising, fix these (choose one to go there):</source>
            <translation>پێش کۆتاییهێنان، ئەمانە چاک بکە (یەکێکیان هەڵبژێرە بۆ چوون بۆ ئەوێ):</translation>
        </message>
        <message>
            <source>What stops finalising</source>
            <translation>ئەوەی ڕێگری لە کۆتاییهێنان دەکات</translation>
        </message>
    </context>
    <context>
        <name>Brief</name>
        <message>
            <source>drafted</source>
            <translation>ڕەشنووس</translation>
        </message>
        <message>
            <source>endorsed by the network</source>
            <translation>تۆڕەکە پەسەندی کرد</translation>
        </message>
        <message>
            <source>presented</source>
            <translation>پێشکەش کرا</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>پەسەند کرا</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ڕەت کرایەوە</translation>
        </message>
        <message>
            <source>partly adopted</source>
            <translation>بەشێکی پەسەند کرا</translation>
        </message>
        <message>
            <source>women</source>
            <translation>ئافرەتان</translation>
        </message>
        <message>
            <source>men</source>
            <translation>پیاوان</translation>
        </message>
        <message>
            <source>other</source>
            <translation>هی تر</translation>
        </message>
        <message>
            <source>not disclosed</source>
            <translation>ئاشکرا نەکراو</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>تۆمار نەکراوە</translation>
        </message>
        <message>
            <source>One linked segment is left out: its speaker withdrew their consent.</source>
            <translation>بڕگەیەکی بەستراوە لابرا: قسەکەرەکەی لە ڕەزامەندییەکەی کشاوەتەوە.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> یان </translation>
        </message>
        <message>
            <source>{percent} of respondents ({group}) answered {answers} to «{question}» (n = {n}; margin of error ± {margin} points, {confidence} confidence).</source>
            <translation>‏{percent}ی وەڵامدەرەکان ({group}) وەڵامی «{answers}»یان داوەتەوە بۆ پرسیاری «{question}» (ژمارەی وەڵامدەران {n}؛ ڕێژەی هەڵە ± {margin} خاڵ، بە متمانەی {confidence}).</translation>
        </message>
        <message>
            <source>{percent} of respondents answered {answers} to «{question}» (n = {n}; margin of error ± {margin} points, {confidence} confidence).</source>
            <translation>‏{percent}ی وەڵامدەرەکان وەڵامی «{answers}»یان داوەتەوە بۆ پرسیاری «{question}» (ژمارەی وەڵامدەران {n}؛ ڕێژەی هەڵە ± {margin} خاڵ، بە متمانەی {confidence}).</translation>
        </message>
        <message>
            <source>(Few respondents: a rough figure.)</source>
            <translation>(وەڵامدەر کەمن: ژمارەکە نزیکەییە.)</translation>
        </message>
        <message>
            <source>Evidence brief</source>
            <translation>کورتەی بەڵگەکان</translation>
        </message>
        <message>
            <source>No recommendations yet.</source>
            <translation>هێشتا هیچ ڕاسپاردەیەک نییە.</translation>
        </message>
        <message>
            <source>Law and article</source>
            <translation>یاسا و ماددە</translation>
        </message>
        <message>
            <source>Responsible authority</source>
            <translation>لایەنی بەرپرسیار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Who supports it</source>
            <translation>کێ پشتگیریی دەکات</translation>
        </message>
        <message>
            <source>{n} linked segments are left out: their speakers withdrew their consent.</source>
            <translation>‏{n} بڕگەی بەستراوە لابراون: قسەکەرەکانیان لە ڕەزامەندییان کشاونەتەوە.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>ڕاسپاردە</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>لە</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>بەشداربووان</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>دانیشتنەکان</translation>
        </message>
        <message>
            <source>Governorates</source>
            <translation>پارێزگاکان</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ڕێکخراوەکان</translation>
        </message>
        <message>
            <source>Support figures</source>
            <translation>ژمارەکانی پشتگیری</translation>
        </message>
        <message>
            <source>Participants by gender</source>
            <translation>بەشداربووان بەپێی ڕەگەز</translation>
        </message>
        <message>
            <source>Participants by age band</source>
            <translation>بەشداربووان بەپێی گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>ڕاپرسی</translation>
        </message>
        <message>
            <source>What participants said</source>
            <translation>ئەوەی بەشداربووان گوتیان</translation>
        </message>
        <message>
            <source>No quote may be used for this recommendation.</source>
            <translation>هیچ وتەیەک نییە کە بۆ ئەم ڕاسپاردەیە بەکار بهێنرێت.</translation>
        </message>
        <message>
            <source>Survey figures (% of respondents, ± margin of error)</source>
            <translation>ژمارەکانی ڕاپرسی (% ی وەڵامدەران، ± ڕێژەی هەڵە)</translation>
        </message>
        <message>
            <source>Per cent</source>
            <translation>ڕێژەی سەدی</translation>
        </message>
        <message>
            <source>± points</source>
            <translation>± خاڵ</translation>
        </message>
        <message>
            <source>n</source>
            <translation>ژمارە</translation>
        </message>
    </context>
    <context>
        <name>BriefButton</name>
        <message>
            <source>Evidence &amp;brief…</source>
            <translation>کورتەی بەڵ&amp;گەکان…</translation>
        </message>
        <message>
            <source>Save this recommendation's evidence brief as a PDF or an Excel workbook</source>
            <translation>پاشەکەوتکردنی کورتەی بەڵگەکانی ئەم ڕاسپاردەیە وەک ⁦PDF⁩ یان پەڕگەی ⁦Excel⁩</translation>
        </message>
        <message>
            <source>Save the evidence brief</source>
            <translation>پاشەکەوتکردنی کورتەی بەڵگەکان</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
            <translation>بەڵگەنامەی ⁦PDF⁩ ‎(*.pdf);;پەڕگەی ⁦Excel⁩ ‎(*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the evidence brief…</source>
            <translation>نووسینی کورتەی بەڵگەکان…</translation>
        </message>
        <message>
            <source>Evidence brief written: %1</source>
            <translation>کورتەی بەڵگەکان نووسرا: %1</translation>
        </message>
        <message>
            <source>The evidence brief could not be written: %1</source>
            <translation>نەتوانرا کورتەی بەڵگەکان بنووسرێت: %1</translation>
        </message>
    </context>
    <context>
        <name>BuiltinConsentForm</name>
        <message>
            <source>Consent to take part in a discussion</source>
            <translation>ڕەزامەندی بۆ بەشداریکردن لە گفتوگۆیەک</translation>
        </message>
        <message>
            <source>We invite you to take part in a discussion. Taking part is voluntary: you may refuse any clause below, stop at any time, and withdraw later without giving a reason.</source>
            <translation>بانگهێشتت دەکەین بۆ بەشداریکردن لە گفتوگۆیەک. بەشداریکردن ئارەزوومەندانەیە: دەتوانیت هەر بەندێکی خوارەوە ڕەت بکەیتەوە، هەر کاتێک بوەستیت، و دواتر بەبێ هێنانەوەی هۆکار بکشێیتەوە.</translation>
        </message>
        <message>
            <source>Your signature (or your spoken agreement before a witness) means that this form was read to you or by you, and that you agree to the clauses you answered yes to.</source>
            <translation>واژۆکەت (یان ڕەزامەندیی زارەکیت لەبەردەم شایەتێک) واتای ئەوەیە کە ئەم فۆڕمە خوێندراوەتەوە بۆت یان خۆت خوێندووتەتەوە، و ڕازیت بەو بەندانەی کە بەڵێت بۆ داون.</translation>
        </message>
        <message>
            <source>I agree to take part in this discussion.</source>
            <translation>ڕازیم بە بەشداریکردن لەم گفتوگۆیەدا.</translation>
        </message>
        <message>
            <source>I agree to my words being quoted without my name.</source>
            <translation>ڕازیم قسەکانم بەبێ ناوهێنان وەربگیرێن.</translation>
        </message>
        <message>
            <source>I agree to the discussion being recorded.</source>
            <translation>ڕازیم گفتوگۆکە تۆمار بکرێت.</translation>
        </message>
        <message>
            <source>I agree to my answers, without my name, being shared with the team that runs this study.</source>
            <translation>ڕازیم وەڵامەکانم، بەبێ ناوم، لەگەڵ ئەو تیمەی ئەم توێژینەوەیە دەکات هاوبەش بکرێن.</translation>
        </message>
    </context>
    <context>
        <name>BundleError</name>
        <message>
            <source>The file cannot be used.</source>
            <translation>ناتوانرێت ئەم پەڕگەیە بەکاربهێنرێت.</translation>
        </message>
        <message>
            <source>This is not a Majlis bundle (it is not an age-encrypted file).</source>
            <translation>ئەمە پاکێتی مەجلیس نییە (پەڕگەیەکی شفرەکراو بە ⁦age⁩ نییە).</translation>
        </message>
        <message>
            <source>The bundle is damaged or incomplete (altered or cut short on the way); ask for it to be sent again.</source>
            <translation>پاکێتەکە تێکچووە یان ناتەواوە (لە ڕێگادا گۆڕاوە یان بڕاوە)؛ داوا بکە دووبارە بنێردرێتەوە.</translation>
        </message>
        <message>
            <source>The bundle is incomplete (cut short); ask for it to be sent again.</source>
            <translation>پاکێتەکە ناتەواوە (بڕاوە)؛ داوا بکە دووبارە بنێردرێتەوە.</translation>
        </message>
        <message>
            <source>The team update is incomplete (cut short, as when copying it to the stick was interrupted): copy it again from the centre. Nothing was changed.</source>
            <translation>نوێکردنەوەی تیم ناتەواوە (بڕاوە، وەک کاتێک کۆپیکردنی بۆ فلاشی ⁦USB⁩ پچڕا): دووبارە لە ناوەندەوە کۆپی بکەرەوە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The team file is incomplete (cut short, as when copying it was interrupted): ask the coordinator for it again. Nothing was changed.</source>
            <translation>پەڕگەی تیم ناتەواوە (بڕاوە، وەک کاتێک کۆپیکردنەکەی پچڕا): دووبارە داوای لە هەماهەنگکار بکە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This bundle was not encrypted for any of the team keys loaded here (wrong team key, or a damaged file header).</source>
            <translation>ئەم پاکێتە بۆ هیچ کام لە کلیلەکانی تیمی بارکراو لێرە شفرە نەکراوە (کلیلی تیمی هەڵە، یان سەری پەڕگەی تێکچوو).</translation>
        </message>
        <message>
            <source>This bundle's file name says it comes from another team, and it was not encrypted for this team's keys: give it to that team's centre. Nothing was changed.</source>
            <translation>ناوی پەڕگەی ئەم پاکێتە دەڵێت لە تیمێکی ترەوە هاتووە، و بۆ کلیلەکانی ئەم تیمە شفرە نەکراوە: بیدە بە ناوەندی ئەو تیمە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>No team key used here opens this bundle, though its file name says it comes from this team: it was probably encrypted to a newer team key (New team key…) than this database or key file holds, as after the centre was restored from a backup made before it, or its header is damaged. Open it with a team key file exported after the new key, or ask whoever helps you. Nothing was changed.</source>
            <translation>هیچ کام لە کلیلەکانی تیم کە لێرە بەکاردێن ئەم پاکێتە ناکاتەوە، هەرچەندە ناوی پەڕگەکەی دەڵێت لەم تیمەوە هاتووە: لەوانەیە بۆ کلیلێکی تیمی نوێتر (کلیلی تازەی تیم…) شفرە کرابێت لەوانەی ئەم بنکەدراوەیە یان ئەم پەڕگەی کلیلە هەیانە، وەک دوای ئەوەی ناوەند لە کۆپییەکی یەدەگەوە گەڕێنرایەوە کە پێش ئەو دروست کرابوو، یان سەری پەڕگەکە تێکچووە. بە پەڕگەیەکی کلیلی تیم بیکەرەوە کە دوای کلیلە نوێیەکە هەناردە کراوە، یان لەو کەسە بپرسە کە یارمەتیت دەدات. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>No team key is loaded, so bundles cannot be opened on this computer.</source>
            <translation>هیچ کلیلێکی تیم بار نەکراوە، بۆیە پاکێتەکان لەم کۆمپیوتەرەدا ناکرێنەوە.</translation>
        </message>
        <message>
            <source>Bundles are not merged on this laptop: they are merged at the centre, or on a laptop the centre names a coordinator. Nothing was imported.</source>
            <translation>پاکێتەکان لەسەر ئەم لاپتۆپە تێکەڵ ناکرێن: لە ناوەند تێکەڵ دەکرێن، یان لەسەر لاپتۆپێک کە ناوەند کردوویەتی بە هەماهەنگکار. هیچ هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The bundle's content is not laid out as a Majlis bundle.</source>
            <translation>ناوەڕۆکی پاکێتەکە وەک پاکێتی مەجلیس ڕێکنەخراوە.</translation>
        </message>
        <message>
            <source>The bundle's manifest (the signed list of what it holds) has a field missing or a value Majlis never writes there: the bundle was altered or made by another program. Nothing was changed.</source>
            <translation>لیستی پاکێتەکە (لیستە واژۆکراوەکەی ئەوەی تێیدایە) خانەیەکی تێدا نییە یان بەهایەکی تێدایە کە مەجلیس هەرگیز لەوێ نایینووسێت: پاکێتەکە گۆڕدراوە یان بەرنامەیەکی تر دروستی کردووە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The bundle's manifest (the signed list of what it holds) is missing or cannot be read: the bundle was damaged or made by another program; ask for it to be sent again. Nothing was changed.</source>
            <translation>لیستی پاکێتەکە (لیستە واژۆکراوەکەی ئەوەی تێیدایە) نییە یان ناخوێندرێتەوە: پاکێتەکە تێکچووە یان بەرنامەیەکی تر دروستی کردووە؛ داوا بکە دووبارە بنێردرێتەوە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The bundle names its laptop with more characters than the roster keeps, which Majlis never writes: the bundle was altered or made by another program. Nothing was changed.</source>
            <translation>پاکێتەکە ناوێکی درێژتر لەوەی لیستی ئامێرە پەسەندکراوەکان هەڵیدەگرێت بۆ لاپتۆپەکەی داناوە، کە مەجلیس هەرگیز وا نایینووسێت: پاکێتەکە گۆڕدراوە یان بەرنامەیەکی تر دروستی کردووە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The bundle contains a file with an unsafe name or a link.</source>
            <translation>پاکێتەکە پەڕگەیەکی بە ناوێکی نائاسایش یان بەستەرێکی تێدایە.</translation>
        </message>
        <message>
            <source>The bundle, or a file inside it, is larger than allowed.</source>
            <translation>پاکێتەکە، یان پەڕگەیەک تێیدا، لە ڕێگەپێدراو گەورەترە.</translation>
        </message>
        <message>
            <source>This file was made by a newer Majlis: update Majlis to open it.</source>
            <translation>ئەم پەڕگەیە بە وەشانێکی نوێتری مەجلیس دروستکراوە: بۆ کردنەوەی مەجلیس نوێ بکەرەوە.</translation>
        </message>
        <message>
            <source>The bundle's signature does not match its content: it was altered or forged.</source>
            <translation>واژۆی پاکێتەکە لەگەڵ ناوەڕۆکەکەی ناگونجێت: گۆڕدراوە یان ساختەکراوە.</translation>
        </message>
        <message>
            <source>The bundle is signed with a key other than the one known for this device.</source>
            <translation>پاکێتەکە بە کلیلێک واژۆ کراوە کە کلیلی ناسراوی ئەم ئامێرە نییە.</translation>
        </message>
        <message>
            <source>This bundle belongs to another team.</source>
            <translation>ئەم پاکێتە هی تیمێکی ترە.</translation>
        </message>
        <message>
            <source>This team update is another team's (signed by that team's centre): apply the updates of the team this laptop joined. Nothing was changed.</source>
            <translation>ئەم نوێکردنەوەی تیمە هی تیمێکی ترە (ناوەندی ئەو تیمە واژۆی کردووە): نوێکردنەوەکانی ئەو تیمە جێبەجێ بکە کە ئەم لاپتۆپە چووەتە ناوی. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The bundle was re-encrypted: it was not signed for this team's keys.</source>
            <translation>پاکێتەکە دووبارە شفرەکراوە: بۆ کلیلەکانی ئەم تیمە واژۆ نەکراوە.</translation>
        </message>
        <message>
            <source>The bundle contains a file its manifest does not list.</source>
            <translation>پاکێتەکە پەڕگەیەکی تێدایە کە لە لیستەکەیدا نییە.</translation>
        </message>
        <message>
            <source>A file listed in the bundle's manifest is missing.</source>
            <translation>پەڕگەیەک کە لە لیستی پاکێتەکەدا هەیە ونە.</translation>
        </message>
        <message>
            <source>A file inside the bundle does not match the hash in its manifest.</source>
            <translation>پەڕگەیەک لە ناو پاکێتەکەدا لەگەڵ هاشەکەی لیستی ناوەڕۆکدا ناگونجێت.</translation>
        </message>
        <message>
            <source>The bundle's manifest counts do not match its content.</source>
            <translation>ژمارەکانی لیستی ناوەڕۆکی پاکێتەکە لەگەڵ ناوەڕۆکەکەی ناگونجێن.</translation>
        </message>
        <message>
            <source>A team update can only be applied with the team's enrolled central key.</source>
            <translation>نوێکردنەوەی تیم تەنها بە کلیلی ناوەندیی تۆمارکراوی تیم جێبەجێ دەکرێت.</translation>
        </message>
        <message>
            <source>The key file cannot be read (not an age identity file).</source>
            <translation>پەڕگەی کلیلەکە ناخوێنرێتەوە (پەڕگەی ناسنامەی ⁦age⁩ نییە).</translation>
        </message>
        <message>
            <source>The key file cannot be opened with this passphrase.</source>
            <translation>پەڕگەی کلیلەکە بەم دەستەواژە نهێنییە ناکرێتەوە.</translation>
        </message>
        <message>
            <source>This computer is too slow or too busy right now to try the passphrase of this key file (it was protected on a faster computer); the passphrase was not checked. Close other programs and try again, or open the file on a faster computer.</source>
            <translation>ئەم کۆمپیوتەرە ئێستا زۆر خاو یان زۆر سەرقاڵە بۆ تاقیکردنەوەی دەستەواژە نهێنییەکەی ئەم پەڕگەی کلیلە (لەسەر کۆمپیوتەرێکی خێراتر پارێزراوە)؛ دەستەواژە نهێنییەکە نەپشکنرا. بەرنامەکانی تر دابخە و دووبارە هەوڵ بدەوە، یان پەڕگەکە لەسەر کۆمپیوتەرێکی خێراتر بکەوە.</translation>
        </message>
        <message>
            <source>This is not a Majlis team file.</source>
            <translation>ئەمە پەڕگەی تیمی مەجلیس نییە.</translation>
        </message>
        <message>
            <source>This team file is signed by a different central key than the one enrolled.</source>
            <translation>ئەم پەڕگەی تیمە بە کلیلێکی ناوەندیی جیا لە کلیلی تۆمارکراو واژۆکراوە.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer Majlis (newer database schema): update Majlis to import it.</source>
            <translation>ئەم پاکێتە بە وەشانێکی نوێتری مەجلیس دروستکراوە (شێوازی نوێتری بنکەدراوە): بۆ هاوردەکردنی مەجلیس نوێ بکەرەوە.</translation>
        </message>
        <message>
            <source>A change number of this device was already received with different content.</source>
            <translation>ژمارەی گۆڕانکارییەکی ئەم ئامێرە پێشتر بە ناوەڕۆکێکی جیاواز گەیشتووە.</translation>
        </message>
        <message>
            <source>This team update is not signed by your team's centre (another key signed it): do not use it, and tell your coordinator. Nothing was changed.</source>
            <translation>ئەم نوێکردنەوەی تیمە لەلایەن ناوەندی تیمەکەتەوە واژۆ نەکراوە (کلیلێکی تر واژۆی کردووە): بەکاری مەهێنە و بە هەماهەنگکارەکەت بڵێ. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This team update changes what this laptop made itself (its own codes or consent forms), which a team update never does: it was not applied. Tell your coordinator; nothing was changed.</source>
            <translation>ئەم نوێکردنەوەی تیمە ئەوە دەگۆڕێت کە ئەم لاپتۆپە خۆی دروستی کردووە (کۆدەکانی خۆی یان فۆڕمەکانی ڕەزامەندیی خۆی)، کە نوێکردنەوەی تیم هەرگیز ئەوە ناکات: جێبەجێ نەکرا. بە هەماهەنگکارەکەت بڵێ؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This team update is older than, or the same as, the one already applied.</source>
            <translation>ئەم نوێکردنەوەی تیمە کۆنترە لەوەی جێبەجێکراوە، یان هەمان ئەوە.</translation>
        </message>
        <message>
            <source>This team update names a team key that the centre replaced with a new one (New team key…, made when a key file was lost): the centre was probably restored from a backup made before the new key. It was not applied, so this laptop's bundles stay encrypted to the newer key. Tell your coordinator: the centre must make a new team key and publish a team update. Nothing was changed.</source>
            <translation>ئەم نوێکردنەوەیەی تیم کلیلێکی تیم ناو دەبات کە ناوەند بە کلیلێکی نوێ گۆڕیویەتی (کلیلی تازەی تیم…، کە کاتێک پەڕگەیەکی کلیل ون بوو دروست کرا): لەوانەیە ناوەند لە کۆپییەکی یەدەگەوە گەڕێنرابێتەوە کە پێش کلیلە نوێیەکە دروست کرابوو. جێبەجێ نەکرا، بۆیە پاکێتەکانی ئەم لاپتۆپە هەر بۆ کلیلە نوێترەکە شفرە دەکرێن. بە هەماهەنگکارەکەت بڵێ: ناوەند دەبێت کلیلێکی نوێی تیم دروست بکات و نوێکردنەوەیەکی تیم بڵاو بکاتەوە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This team update clashes with the one applied here: two databases publish this team's updates (a copy of the centre's database on another computer?). Only the centre's own database may publish them; a second coordinator joins the team with the team file instead. Tell your coordinator; nothing was changed.</source>
            <translation>ئەم نوێکردنەوەی تیمە لەگەڵ ئەوەی لێرە جێبەجێکراوە ناکۆکە: دوو بنکەدراوە نوێکردنەوەکانی ئەم تیمە بڵاو دەکەنەوە (کۆپییەکی بنکەدراوەی ناوەند لەسەر کۆمپیوتەرێکی تر؟). تەنها بنکەدراوەی خودی ناوەند دەتوانێت بڵاویان بکاتەوە؛ هەماهەنگکاری دووەم لە جیاتی ئەوە بە پەڕگەی تیم دەچێتە ناو تیمەکە. بە هەماهەنگکارەکەت بڵێ؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>A team encrypts its bundles to at most 100 keys (the centre's and those kept on purpose), and this would make more. Nothing was changed.</source>
            <translation>تیمێک پاکێتەکانی بۆ زۆرترین 100 کلیل ئینکریپت دەکات (کلیلی ناوەند و ئەوانەی بە مەبەست هەڵگیراون)، و ئەمە زیاتریان دەکات. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>Only the team's centre makes a new team key: it keeps the key and publishes the team updates that carry it to the laptops. Nothing was changed.</source>
            <translation>تەنها ناوەندی تیم کلیلی نوێی تیم دروست دەکات: کلیلەکە هەڵدەگرێت و ئەو نوێکردنەوانەی تیم بڵاو دەکاتەوە کە دەیگەیەننە لاپتۆپەکان. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This database has not joined a team yet: join a team first.</source>
            <translation>ئەم بنکەدراوەیە هێشتا نەچووەتە ناو تیمێک: سەرەتا بچۆ ناو تیمێک.</translation>
        </message>
        <message>
            <source>This database is the team's centre: it writes team updates and does not apply them.</source>
            <translation>ئەم بنکەدراوەیە ناوەندی تیمەکەیە: نوێکردنەوەکانی تیم دەنووسێت و جێبەجێیان ناکات.</translation>
        </message>
        <message>
            <source>This database is the team's centre: it made this team and does not join it. Nothing was changed. Join with the team file on a field laptop.</source>
            <translation>ئەم بنکەدراوەیە ناوەندی تیمەکەیە: خۆی ئەم تیمەی دروست کردووە و ناچێتە ناوی. هیچ شتێک نەگۆڕدرا. بە پەڕگەی تیمەکە لەسەر لاپتۆپێکی مەیدانی بچۆ ناو تیمەکە.</translation>
        </message>
        <message>
            <source>This database already belongs to another team; a database joins one team only.</source>
            <translation>ئەم بنکەدراوەیە پێشتر هی تیمێکی ترە؛ بنکەدراوە تەنها دەچێتە ناو یەک تیم.</translation>
        </message>
        <message>
            <source>This database holds no signing key for this device: join the team first.</source>
            <translation>ئەم بنکەدراوەیە کلیلی واژۆی ئەم ئامێرەی تێدا نییە: سەرەتا بچۆ ناو تیمەکە.</translation>
        </message>
        <message>
            <source>Nothing was written: a row of this database does not fit its field, and every laptop would refuse it. Tell whoever looks after Majlis here; nothing was changed.</source>
            <translation>هیچ شتێک نەنووسرا: ڕیزێکی ئەم بنکەدراوەیە لەگەڵ خانەکەی ناگونجێت، و هەموو لاپتۆپێک ڕەتی دەکاتەوە. بەو کەسە بڵێ کە لێرە ئاگای لە مەجلیسە؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>No team update was written: a row of this database does not fit its field ({field}), and every laptop would refuse the update. No update number was used. Tell whoever looks after Majlis here.</source>
            <translation>هیچ نوێکردنەوەیەکی تیم نەنووسرا: ڕیزێکی ئەم بنکەدراوەیە لەگەڵ خانەکەی ناگونجێت ({field})، و هەموو لاپتۆپێک ئەو نوێکردنەوەیە ڕەت دەکاتەوە. هیچ ژمارەیەکی نوێکردنەوە بەکارنەهات. بەو کەسە بڵێ کە لێرە ئاگای لە مەجلیسە.</translation>
        </message>
        <message>
            <source>No team file was written: a row of this database does not fit its field ({field}), and every laptop would refuse the team file. Tell whoever looks after Majlis here; nothing was changed.</source>
            <translation>هیچ پەڕگەیەکی تیم نەنووسرا: ڕیزێکی ئەم بنکەدراوەیە لەگەڵ خانەکەی ناگونجێت ({field})، و هەموو لاپتۆپێک ئەو پەڕگەی تیمە ڕەت دەکاتەوە. بەو کەسە بڵێ کە لێرە ئاگای لە مەجلیسە؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>پەڕگەکە ناخوێندرێتەوە.</translation>
        </message>
        <message>
            <source>A change in the bundle holds a value that does not fit its field.</source>
            <translation>گۆڕانکارییەک لە پاکێتەکەدا بەهایەکی تێدایە کە لە خانەکەی ناگونجێت.</translation>
        </message>
        <message>
            <source>A coded segment in the bundle lies outside the text it codes. Nothing was imported.</source>
            <translation>لە پاکێتەکەدا بڕگەیەکی کۆدکراو هەیە کە لە دەرەوەی ئەو دەقەیە کە کۆدی دەکات. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The bundle holds changes dated more than a day after this computer's clock. Check this computer's date and time first. If they are right, the sending laptop's date was set ahead when the changes were recorded: have it set right on that laptop, and keep this bundle file: it can be imported once that date is at most a day away. Nothing was imported.</source>
            <translation>پاکێتەکە گۆڕانکاریی تێدایە کە بەرواریان زیاتر لە ڕۆژێک لە دوای کاتژمێری ئەم کۆمپیوتەرەیە. سەرەتا بەروار و کاتی ئەم کۆمپیوتەرە بپشکنە. ئەگەر دروستن، ئەوا بەرواری لاپتۆپە نێرەرەکە لە کاتی تۆمارکردنی گۆڕانکارییەکاندا بۆ پێشەوە ڕێکخرابوو: داوا بکە لەسەر ئەو لاپتۆپە ڕاست بکرێتەوە، و ئەم پەڕگەی پاکێتە بپارێزە: کاتێک تەنها ڕۆژێک یان کەمتر بۆ ئەو بەروارە ماوە، دەتوانرێت هاوردە بکرێت. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>Changes waiting on this laptop are dated more than a day after its clock now, so the centre would refuse them. No bundle was written; nothing is lost. If this laptop's date and time are wrong, set them right and export again. If they are right, the date was set ahead when those changes were recorded: they can be sent once that date is at most a day away; tell your coordinator.</source>
            <translation>ئەو گۆڕانکارییانەی لەسەر ئەم لاپتۆپە چاوەڕێن، بەرواریان زیاتر لە ڕۆژێک لە دوای کاتژمێرەکەیەتی ئێستا، بۆیە ناوەند ڕەتیان دەکاتەوە. هیچ پاکێتێک نەنووسرا؛ هیچ شتێک ون نەبوو. ئەگەر بەروار و کاتی ئەم لاپتۆپە هەڵەن، ڕاستیان بکەرەوە و دووبارە هەناردە بکە. ئەگەر دروستن، ئەوا لە کاتی تۆمارکردنی ئەو گۆڕانکارییانەدا بەروارەکە بۆ پێشەوە ڕێکخرابوو: کاتێک تەنها ڕۆژێک یان کەمتر بۆ ئەو بەروارە ماوە، دەتوانرێت بنێردرێن؛ بە هەماهەنگکارەکەت بڵێ.</translation>
        </message>
        <message>
            <source>No work waits for its date on this laptop: no unsent change is dated more than a day after this computer's clock. Nothing was changed.</source>
            <translation>هیچ کارێک لەسەر ئەم لاپتۆپە چاوەڕێی بەروارەکەی ناکات: هیچ گۆڕانکارییەکی نەنێردراو نییە کە بەرواری زیاتر لە ڕۆژێک لە دوای کاتژمێری ئەم کۆمپیوتەرە بێت. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>Changes this laptop already sent are dated more than a day after this computer's clock, and the waiting work must stay after them, so re-dating cannot help. Nothing was changed. If this computer's date is right, tell your coordinator: the centre imports those bundles once their date is at most a day away.</source>
            <translation>ئەو گۆڕانکارییانەی ئەم لاپتۆپە پێشتر ناردوونی بەرواریان زیاتر لە ڕۆژێک لە دوای کاتژمێری ئەم کۆمپیوتەرەیە، و کاری چاوەڕوان دەبێت لە دوای ئەوان بمێنێتەوە، بۆیە دانانەوەی بەروار سوودی نییە. هیچ شتێک نەگۆڕدرا. ئەگەر بەرواری ئەم کۆمپیوتەرە دروستە، بە هەماهەنگکارەکەت بڵێ: ناوەند ئەو پاکێتانە هاوردە دەکات کاتێک تەنها ڕۆژێک یان کەمتر بۆ بەروارەکەیان ماوە.</translation>
        </message>
        <message>
            <source>A file with this name already exists and a bundle never replaces another (it may not have been sent yet). Nothing was written: choose another name or a folder.</source>
            <translation>پەڕگەیەک بەم ناوە هەیە و پاکێتێک هەرگیز جێی پاکێتێکی تر ناگرێتەوە (لەوانەیە هێشتا نەنێردرابێت). هیچ شتێک نەنووسرا: ناوێکی تر یان بوخچەیەک هەڵبژێرە.</translation>
        </message>
        <message>
            <source>A file with this name already exists and a team update never replaces another file (it may not have been carried to the laptops yet). Nothing was written: choose another name or a folder.</source>
            <translation>پەڕگەیەک بەم ناوە هەیە و نوێکردنەوەی تیم هەرگیز جێی پەڕگەیەکی تر ناگرێتەوە (لەوانەیە هێشتا نەگەیەنرابێتە لاپتۆپەکان). هیچ شتێک نەنووسرا: ناوێکی تر یان بوخچەیەک هەڵبژێرە.</translation>
        </message>
        <message>
            <source>The bundle holds a change stamped with another device's clock.</source>
            <translation>پاکێتەکە گۆڕانکارییەکی تێدایە کە بە کاتژمێری ئامێرێکی تر مۆر کراوە.</translation>
        </message>
        <message>
            <source>The sending device is not on this centre's roster.</source>
            <translation>ئامێرە نێرەرەکە لە ئامێرە پەسەندکراوەکانی ئەم ناوەندە نییە.</translation>
        </message>
        <message>
            <source>Held for approval: the sending device is not on the roster. Compare its key fingerprint with the facilitator, then approve or reject it.</source>
            <translation>بۆ پەسەندکردن ڕاگیراوە: ئامێرە نێرەرەکە لە ئامێرە پەسەندکراوەکان نییە. پەنجەمۆری کلیلەکەی لەگەڵ ئاسانکار بەراورد بکە، پاشان پەسەندی بکە یان ڕەتی بکەرەوە.</translation>
        </message>
        <message>
            <source>Not held for approval: too many devices or too much data already wait for approval here. Approve or reject the waiting devices, then import this bundle again.</source>
            <translation>بۆ پەسەندکردن ڕانەگیرا: ئێستا ئامێر یان داتایەکی زۆر لە ڕادەبەدەر لێرە چاوەڕێی پەسەندکردنن. ئامێرە چاوەڕوانەکان پەسەند بکە یان ڕەتیان بکەرەوە، پاشان ئەم پاکێتە دووبارە هاوردە بکە.</translation>
        </message>
        <message>
            <source>This bundle comes from a device that was rejected here: it was neither imported nor held for approval. If rejecting it was a mistake, compare its key fingerprint with the facilitator, approve it among the rejected devices, then import the bundle again.</source>
            <translation>ئەم پاکێتە لە ئامێرێکەوە هاتووە کە لێرە ڕەتکراوەتەوە: نە هاوردە کرا و نە بۆ پەسەندکردن ڕاگیرا. ئەگەر ڕەتکردنەوەکەی هەڵە بوو، پەنجەمۆری کلیلەکەی لەگەڵ ئاسانکار بەراورد بکە، لە نێو ئامێرە ڕەتکراوەکاندا پەسەندی بکە، پاشان پاکێتەکە دووبارە هاوردە بکە.</translation>
        </message>
        <message>
            <source>This bundle is signed with a key that was revoked here (its device was taken off the roster): it was not imported. A laptop restored from that device's backup sends it again with a new key, to approve.</source>
            <translation>ئەم پاکێتە بە کلیلێک واژۆ کراوە کە لێرە هەڵوەشێنراوەتەوە (ئامێرەکەی لە لیستەکە لابراوە): هاوردە نەکرا. لاپتۆپێک کە پاشەکەوتی ئەو ئامێرەی لەسەر گەڕێنراوەتەوە، بە کلیلێکی نوێ دووبارە دەینێرێت، بۆ پەسەندکردن.</translation>
        </message>
        <message>
            <source>This device no longer waits for approval.</source>
            <translation>ئەم ئامێرە ئیتر چاوەڕێی پەسەندکردن نییە.</translation>
        </message>
        <message>
            <source>The bundle changes rows another device created; a field laptop may change only its own rows. Nothing was imported.</source>
            <translation>پاکێتەکە تۆمارگەلێک دەگۆڕێت کە ئامێرێکی تر دروستی کردوون؛ لاپتۆپی مەیدانی تەنیا تۆمارەکانی خۆی دەگۆڕێت. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The bundle changes a consent form, code or organisation published by the centre; these change only through a team update. Nothing was imported.</source>
            <translation>پاکێتەکە فۆرمی ڕەزامەندی، کۆد یان ڕێکخراوێک دەگۆڕێت کە ناوەند بڵاوی کردووەتەوە؛ ئەمانە تەنیا بە نوێکردنەوەی تیم دەگۆڕدرێن. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The bundle creates, changes or deletes a recommendation or its status; only coordinators change these. Nothing was imported.</source>
            <translation>پاکێتەکە ڕاسپاردەیەک یان دۆخەکەی دروست دەکات، دەگۆڕێت یان دەسڕێتەوە؛ تەنیا هەماهەنگکاران ئەمانە دەگۆڕن. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The bundle deletes a participant's consent record or takes back their withdrawal of consent; only a coordinator can correct these. Nothing was imported.</source>
            <translation>پاکێتەکە تۆماری ڕەزامەندیی بەشداربوویەک دەسڕێتەوە یان کشانەوەکەی لە ڕەزامەندی هەڵدەوەشێنێتەوە؛ تەنیا هەماهەنگکارێک دەتوانێت ئەمانە ڕاست بکاتەوە. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The bundle changes or deletes the record that a participant's data was erased; an erasure is never taken back. Nothing was imported.</source>
            <translation>پاکێتەکە ئەو تۆمارە دەگۆڕێت یان دەسڕێتەوە کە دەڵێت داتای بەشداربوویەک سڕاوەتەوە؛ سڕینەوە هەرگیز ناگەڕێنرێتەوە. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The bundle records consent or an erasure for a participant another device registered; a field laptop records these only for its own participants. Nothing was imported.</source>
            <translation>پاکێتەکە ڕەزامەندی یان سڕینەوە بۆ بەشداربوویەک تۆمار دەکات کە ئامێرێکی تر تۆماری کردووە؛ لاپتۆپی مەیدانی ئەمانە تەنیا بۆ بەشداربووانی خۆی تۆمار دەکات. هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>This is a ZIP archive with bundles inside (as a shared folder is downloaded): extract it, then import the bundles, or the folder they are in.</source>
            <translation>ئەمە ئەرشیفێکی ⁦ZIP⁩ە و پاکێتی تێدایە (وەک بوخچەیەکی هاوبەش کە دادەبەزێنرێت): بیکەرەوە، پاشان پاکێتەکان یان ئەو بوخچەیەی تێیدان هاوردە بکە.</translation>
        </message>
        <message>
            <source>This is not a bundle but a team update or a team file: a laptop applies a team update (Apply team update…, majlis-cli team update import) and joins a team with the team file (Join a team…, majlis-cli team join).</source>
            <translation>ئەمە پاکێت نییە، بەڵکو نوێکردنەوەی تیم یان پەڕگەی تیمە: لاپتۆپ نوێکردنەوەی تیم جێبەجێ دەکات (جێبەجێکردنی نوێکردنەوەی تیم…، ⁦majlis-cli team update import⁩) و بە پەڕگەی تیم دەچێتە ناو تیمەوە (چوونە ناو تیم…، ⁦majlis-cli team join⁩).</translation>
        </message>
        <message>
            <source>This is the team file, not a team update: a laptop joins the team with it (Join a team…, majlis-cli team join).</source>
            <translation>ئەمە پەڕگەی تیمە، نەک نوێکردنەوەی تیم: لاپتۆپ بەم پەڕگەیە دەچێتە ناو تیمەوە (چوونە ناو تیم…، ⁦majlis-cli team join⁩).</translation>
        </message>
        <message>
            <source>The team update's content does not match the centre's signature: it was altered or damaged on the way. Copy it again from the centre; nothing was changed.</source>
            <translation>ناوەڕۆکی نوێکردنەوەی تیم لەگەڵ واژۆی ناوەند ناگونجێت: لە ڕێگادا گۆڕدراوە یان تێکچووە. دووبارە لە ناوەندەوە کۆپی بکەرەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This is not a Majlis team update.</source>
            <translation>ئەمە نوێکردنەوەی تیمی مەجلیس نییە.</translation>
        </message>
        <message>
            <source>This bundle is not a team update.</source>
            <translation>ئەم پاکێتە نوێکردنەوەی تیم نییە.</translation>
        </message>
        <message>
            <source>This is a laptop's bundle of changes, not a team update: the central team imports it (Import bundles…, majlis-cli bundle import).</source>
            <translation>ئەمە پاکێتی گۆڕانکارییەکانی لاپتۆپێکە، نەک نوێکردنەوەی تیم: تیمی ناوەندی هاوردەی دەکات (هاوردەکردنی پاکێتەکان…، ⁦majlis-cli bundle import⁩).</translation>
        </message>
        <message>
            <source>This is a folder, not a bundle.</source>
            <translation>ئەمە بوخچەیەکە، نەک پاکێت.</translation>
        </message>
        <message>
            <source>This is a device or a pipe, not a bundle file.</source>
            <translation>ئەمە ئامێرێک یان بۆرییەکە، نەک پەڕگەی پاکێت.</translation>
        </message>
        <message>
            <source>This is a folder, not a team update.</source>
            <translation>ئەمە بوخچەیەکە، نەک نوێکردنەوەی تیم.</translation>
        </message>
        <message>
            <source>This is a device or a pipe, not a team update.</source>
            <translation>ئەمە ئامێرێک یان بۆرییەکە، نەک نوێکردنەوەی تیم.</translation>
        </message>
        <message>
            <source>The team file's signature does not match its content: it was altered.</source>
            <translation>واژۆی پەڕگەی تیمەکە لەگەڵ ناوەڕۆکەکەی ناگونجێت: گۆڕدراوە.</translation>
        </message>
        <message>
            <source>The team file has a field missing or a value Majlis never writes there: it was altered or made by another program. Ask the coordinator for the team file again. Nothing was changed.</source>
            <translation>پەڕگەی تیمەکە خانەیەکی کەمە یان بەهایەکی تێدایە کە مەجلیس هەرگیز نایینووسێت: دەستکاری کراوە یان بەرنامەیەکی تر دروستی کردووە. دووبارە پەڕگەی تیمەکە لە ڕێکخەر داوا بکە. هیچ شتێک نەگۆڕا.</translation>
        </message>
        <message>
            <source>This is a team update, not the team file: join the team with the team file (it ends in .majlis-team), then apply team updates (Apply team update…, majlis-cli team update import).</source>
            <translation>ئەمە نوێکردنەوەی تیمە، نەک پەڕگەی تیم: بە پەڕگەی تیم بچۆ ناو تیمەکە (ناوەکەی بە ⁦.majlis-team⁩ کۆتایی دێت)، پاشان نوێکردنەوەکانی تیم جێبەجێ بکە (جێبەجێکردنی نوێکردنەوەی تیم…، ⁦majlis-cli team update import⁩).</translation>
        </message>
        <message>
            <source>This is a bundle of changes, not the team file: bundles are imported at the centre (Import bundles…, majlis-cli bundle import). Join the team with the team file (it ends in .majlis-team).</source>
            <translation>ئەمە پاکێتی گۆڕانکارییەکانە، نەک پەڕگەی تیم: پاکێتەکان لە ناوەندەکەدا هاوردە دەکرێن (هاوردەکردنی پاکێتەکان…، ⁦majlis-cli bundle import⁩). بە پەڕگەی تیم بچۆ ناو تیمەکە (ناوەکەی بە ⁦.majlis-team⁩ کۆتایی دێت).</translation>
        </message>
        <message>
            <source>This is the team's key file, not the team file: keep it private (it opens every bundle). Join the team with the team file (it ends in .majlis-team).</source>
            <translation>ئەمە پەڕگەی کلیلی تیمە، نەک پەڕگەی تیم: بە نهێنی بیپارێزە (هەموو پاکێتێک دەکاتەوە). بە پەڕگەی تیم بچۆ ناو تیمەکە (ناوەکەی بە ⁦.majlis-team⁩ کۆتایی دێت).</translation>
        </message>
        <message>
            <source>This is a folder, not the team file.</source>
            <translation>ئەمە بوخچەیەکە، نەک پەڕگەی تیم.</translation>
        </message>
        <message>
            <source>This is a device or a pipe, not the team file.</source>
            <translation>ئەمە ئامێرێک یان بۆرییەکە، نەک پەڕگەی تیم.</translation>
        </message>
        <message>
            <source>This team file has changed since its fingerprint was shown: choose it again and compare the new fingerprint with your coordinator.</source>
            <translation>ئەم پەڕگەی تیمە گۆڕاوە لەوەتەی پەنجەمۆرەکەی نیشاندرا: دووبارە هەڵیبژێرەوە و پەنجەمۆرە نوێیەکە لەگەڵ هی هەماهەنگکارەکەت بەراورد بکە.</translation>
        </message>
        <message>
            <source>This team file names a team key that the centre replaced with a new one (New team key…, made when a key file was lost): the centre was probably restored from a backup made before the new key. This laptop did not join with it, so its bundles stay encrypted to the newer key. Tell your coordinator: the centre must make a new team key and publish a team update. Nothing was changed.</source>
            <translation>ئەم پەڕگەی تیمە کلیلێکی تیم ناو دەبات کە ناوەند بە کلیلێکی نوێ گۆڕیویەتی (کلیلی تازەی تیم…، کە کاتێک پەڕگەیەکی کلیل ون بوو دروست کرا): لەوانەیە ناوەند لە کۆپییەکی یەدەگەوە گەڕێنرابێتەوە کە پێش کلیلە نوێیەکە دروست کرابوو. ئەم لاپتۆپە پێی نەچووە ناو تیمەکە، بۆیە پاکێتەکانی هەر بۆ کلیلە نوێترەکە شفرە دەکرێن. بە هەماهەنگکارەکەت بڵێ: ناوەند دەبێت کلیلێکی نوێی تیم دروست بکات و نوێکردنەوەیەکی تیم بڵاو بکاتەوە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This passphrase opens the file, but it holds no age identity: it is not a team key file.</source>
            <translation>ئەم دەستەواژە نهێنییە پەڕگەکە دەکاتەوە، بەڵام هیچ ناسنامەیەکی ⁦age⁩ ی تێدا نییە: پەڕگەی کلیلی تیم نییە.</translation>
        </message>
        <message>
            <source>This is a folder or a device, not a key file.</source>
            <translation>ئەمە بوخچەیەک یان ئامێرێکە، نەک پەڕگەی کلیل.</translation>
        </message>
        <message>
            <source>The key file is not there (was its USB stick removed?). Plug the stick in, or choose the key file again.</source>
            <translation>پەڕگەی کلیلەکە لێرە نییە (ئایا فلاشی ⁦USB⁩ ـەکەی دەرهێنراوە؟). فلاشەکە ببەستەوە، یان دووبارە پەڕگەی کلیلەکە هەڵبژێرە.</translation>
        </message>
        <message>
            <source>This is the team file, not an age identity file: the team file holds no key. The team's key is kept in the centre's database (majlis-cli team key export writes it to a file).</source>
            <translation>ئەمە پەڕگەی تیمە، نەک پەڕگەی ناسنامەی ⁦age⁩: پەڕگەی تیم هیچ کلیلێکی تێدا نییە. کلیلی تیم لە بنکەدراوەی ناوەندەکەدا هەڵگیراوە (⁦majlis-cli team key export⁩ دەیخاتە ناو پەڕگەیەکەوە).</translation>
        </message>
        <message>
            <source>This is a team update, not an age identity file: the team's key is kept in the centre's database (majlis-cli team key export writes it to a file).</source>
            <translation>ئەمە نوێکردنەوەی تیمە، نەک پەڕگەی ناسنامەی ⁦age⁩: کلیلی تیم لە بنکەدراوەی ناوەندەکەدا هەڵگیراوە (⁦majlis-cli team key export⁩ دەیخاتە ناو پەڕگەیەکەوە).</translation>
        </message>
        <message>
            <source>This is a bundle of changes (encrypted to the team's keys), not a key file.</source>
            <translation>ئەمە پاکێتێکی گۆڕانکارییە (شفرەکراو بۆ کلیلەکانی تیم)، نەک پەڕگەی کلیل.</translation>
        </message>
        <message>
            <source>This is a PDF, not an age identity file.</source>
            <translation>ئەمە بەڵگەنامەیەکی ⁦PDF⁩ە، نەک پەڕگەی ناسنامەی ⁦age⁩.</translation>
        </message>
        <message>
            <source>This is a ZIP file (a workbook or a REFI-QDA project?), not an age identity file.</source>
            <translation>ئەمە پەڕگەیەکی ⁦ZIP⁩ە (پەڕگەی ⁦Excel⁩ یان پرۆژەی ⁦REFI-QDA⁩؟)، نەک پەڕگەی ناسنامەی ⁦age⁩.</translation>
        </message>
        <message>
            <source>This team key file is protected by a passphrase: it opens only with the passphrase it was exported with (majlis-cli team key export).</source>
            <translation>ئەم پەڕگەی کلیلی تیمە بە دەستەواژەیەکی نهێنی پارێزراوە: تەنها بەو دەستەواژە نهێنییە دەکرێتەوە کە پێی هەناردە کراوە (⁦majlis-cli team key export⁩).</translation>
        </message>
        <message>
            <source>This is the team's key file, not a bundle: keep it private (it opens every bundle), not among the bundles. Choose it with Team key file… (or give it with --identity-file), or keep the key in the centre's database.</source>
            <translation>ئەمە پەڕگەی کلیلی تیمە، نەک پاکێت: بە نهێنی بیپارێزە (هەموو پاکێتێک دەکاتەوە)، نەک لە نێو پاکێتەکاندا. بە «پەڕگەی کلیلی تیم…» هەڵیبژێرە (یان بە ⁦--identity-file⁩ بیدە)، یان کلیلەکە لە بنکەدراوەی ناوەند بهێڵەرەوە.</translation>
        </message>
        <message>
            <source>This is a team update, not a bundle of changes.</source>
            <translation>ئەمە نوێکردنەوەی تیمە، نەک پاکێتی گۆڕانکارییەکان.</translation>
        </message>
    </context>
    <context>
        <name>BusyState</name>
        <message>
            <source>Loading…</source>
            <translation>بار دەکرێت…</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Changing the passphrase…</source>
            <translation>دەستەواژەی نهێنی دەگۆڕدرێت…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>گۆڕینی دەستەواژەی نهێنی</translation>
        </message>
        <message>
            <source>The database is encrypted again with the new passphrase, and a backup that opens with it is written. Backups made before keep the old passphrase.</source>
            <translation>بنکەدراوەکە دووبارە بە دەستەواژە نهێنییە نوێیەکە شفرە دەکرێتەوە، و کۆپییەکی یەدەگ دەنووسرێت کە بەوە دەکرێتەوە. کۆپییە یەدەگەکانی پێشوو دەستەواژە نهێنییە کۆنەکەیان دەمێنێت.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>دەستەواژەی نهێنیی &amp;ئێستا:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>دەستەواژەی نهێنیی &amp;نوێ:</translation>
        </message>
        <message>
            <source>&amp;Repeat the new passphrase:</source>
            <translation>دەستەواژە نهێنییە نوێیەکە &amp;دووبارە بکەرەوە:</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>دەستەواژەی نهێنیی ئێستا</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>دەستەواژەی نهێنیی نوێ</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>دەستەواژە نهێنییە نوێیەکە دووبارە بکەرەوە</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>&amp;گۆڕینی دەستەواژەی نهێنی</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>هەڵوەشاندنەوە</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>دەستەواژەی نهێنیی ئێستا بنووسە.</translation>
        </message>
        <message>
            <source>The new passphrase holds an invisible character that no passphrase can hold (a paste can bring one): type it with the keyboard instead. Nothing was changed.</source>
            <translation>دەستەواژەی نهێنیی نوێ نیشانەیەکی نەبینراوی تێدایە کە هیچ دەستەواژەیەکی نهێنی ناتوانێت هەڵیبگرێت (لکاندن دەتوانێت بیهێنێت): لە جیاتی ئەوە بە تەختەکلیل بینووسە. هیچ شتێک نەگۆڕا.</translation>
        </message>
        <message>
            <source>The new passphrase is too weak: use at least 8 characters. Nothing was changed.</source>
            <translation>دەستەواژە نهێنییە نوێیەکە زۆر لاوازە: لانیکەم 8 پیت بەکاربهێنە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The two new passphrases differ. Nothing was changed.</source>
            <translation>دوو دەستەواژە نهێنییە نوێیەکە جیاوازن. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one. Nothing was changed.</source>
            <translation>دەستەواژە نهێنییە نوێیەکە هەمان دەستەواژەی ئێستایە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>Majlis locked, and the passphrases typed here were cleared. Type them again.</source>
            <translation>مەجلیس قفڵ کرا، و ئەو دەستەواژە نهێنییانەی لێرە نووسرابوون سڕانەوە. دووبارە بیاننووسەوە.</translation>
        </message>
        <message>
            <source>The current passphrase is wrong. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>دەستەواژەی نهێنیی ئێستا هەڵەیە. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
        <message>
            <source>The passphrase change failed and the database could not be read back. At the next unlock, try the current passphrase, then the new one.</source>
            <translation>گۆڕینی دەستەواژەی نهێنی سەرکەوتوو نەبوو و دواتر بنکەدراوەکە نەخوێندرایەوە. لە کردنەوەی قفڵی داهاتوودا، سەرەتا دەستەواژەی نهێنیی ئێستا تاقی بکەرەوە، پاشان نوێیەکە.</translation>
        </message>
        <message>
            <source>Another program (Majlis or majlis-cli) has this database open. Close it and try again. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>بەرنامەیەکی تر (⁦Majlis⁩ یان ⁦majlis-cli⁩) ئەم بنکەدراوەیەی کردووەتەوە. دایبخە و دووبارە هەوڵ بدەرەوە. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
        <message>
            <source>The database file was replaced or its passphrase was changed by another program. Nothing was changed. Close Majlis and open the database again.</source>
            <translation>پەڕگەی بنکەدراوەکە گۆڕدرا یان بەرنامەیەکی تر دەستەواژەی نهێنییەکەی گۆڕی. هیچ شتێک نەگۆڕدرا. مەجلیس دابخە و بنکەدراوەکە دووبارە بکەرەوە.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>دیسکەکە پڕە. هەندێک شوێن چۆڵ بکە و دووبارە هەوڵ بدەرەوە. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>بنکەدراوەکە لەسەر دیسک یان بوخچەیەکی تەنها-خوێندنەوەیە. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
        <message>
            <source>The backup with the new passphrase could not be written: a file stands where the backups folder goes, beside the database. Move or rename that file, then try again. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>کۆپیی یەدەگ بە دەستەواژە نهێنییە نوێیەکە نەنووسرا: پەڕگەیەک لەو شوێنەدایە کە بوخچەی کۆپییە یەدەگەکان دادەنرێت، لە تەنیشت بنکەدراوەکە. ئەو پەڕگەیە بگوازەرەوە یان ناوەکەی بگۆڕە، پاشان دووبارە هەوڵ بدەرەوە. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
        <message>
            <source>The backup with the new passphrase could not be written: the backups folder beside the database cannot be written to. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>کۆپیی یەدەگ بە دەستەواژە نهێنییە نوێیەکە نەنووسرا: ناتوانرێت لە بوخچەی کۆپییە یەدەگەکانی تەنیشت بنکەدراوەکە بنووسرێت. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
        <message>
            <source>The disk is full or reported an error. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>دیسکەکە پڕە یان هەڵەیەکی ڕاگەیاند. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>دەستەواژەی نهێنی نەگۆڕدرا. هیچ شتێک نەگۆڕدرا: بنکەدراوەکە هێشتا بە دەستەواژەی نهێنیی ئێستا دەکرێتەوە.</translation>
        </message>
    </context>
    <context>
        <name>ClausesModel</name>
        <message>
            <source>Clause</source>
            <translation>بەند</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>پێویست</translation>
        </message>
    </context>
    <context>
        <name>ClosedImportWords</name>
        <message>
            <source>Majlis was closed during the last import.</source>
            <translation>مەجلیس لە کاتی دوایین هاوردەکردندا داخرا.</translation>
        </message>
        <message>
            <source>Majlis was closed during the last import, which stopped after the file being read.</source>
            <translation>مەجلیس لە کاتی دوایین هاوردەکردندا داخرا، و هاوردەکردن دوای ئەو پەڕگەیەی دەخوێندرایەوە وەستا.</translation>
        </message>
        <message>
            <source>Majlis began to close, so the import stopped after the file being read; the close was then cancelled.</source>
            <translation>مەجلیس دەستی کرد بە داخستن، بۆیە هاوردەکردن دوای ئەو پەڕگەیەی دەخوێندرایەوە وەستا؛ پاشان داخستنەکە هەڵوەشایەوە.</translation>
        </message>
    </context>
    <context>
        <name>CodeMemo</name>
        <message>
            <source>Memo &amp;on the code</source>
            <translation>تێبینی &amp;لەسەر کۆد</translation>
        </message>
        <message>
            <source>Save &amp;memo</source>
            <translation>پاشەکەوتک&amp;ردنی تێبینی</translation>
        </message>
        <message>
            <source>The memo could not be saved. %1</source>
            <translation>تێبینییەکە پاشەکەوت نەکرا. %1</translation>
        </message>
        <message>
            <source>Memo saved.</source>
            <translation>تێبینییەکە پاشەکەوت کرا.</translation>
        </message>
    </context>
    <context>
        <name>CodeMemoAction</name>
        <message>
            <source>Memo on the code…</source>
            <translation>تێبینی لەسەر کۆد…</translation>
        </message>
    </context>
    <context>
        <name>CodeMemoDialog</name>
        <message>
            <source>Memo on the code %1</source>
            <translation>تێبینی لەسەر کۆدی %1</translation>
        </message>
        <message>
            <source>The code no longer exists (it was deleted or merged): the memo was not saved.</source>
            <translation>کۆدەکە ئیتر بوونی نییە (سڕایەوە یان تێکەڵ کرا): تێبینییەکە پاشەکەوت نەکرا.</translation>
        </message>
    </context>
    <context>
        <name>CodeMoves</name>
        <message>
            <source>Move up</source>
            <translation>بردنە سەرەوە</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>بردنە خوارەوە</translation>
        </message>
        <message>
            <source>Move under the code above</source>
            <translation>بردنە ژێر کۆدەکەی سەرەوەی</translation>
        </message>
        <message>
            <source>Move out of its parent code</source>
            <translation>دەرهێنان لە ژێر کۆدە سەرەکییەکەی</translation>
        </message>
    </context>
    <context>
        <name>CodePicker</name>
        <message>
            <source>Type to find a code, Enter to apply</source>
            <translation>بنووسە بۆ دۆزینەوەی کۆدێک، ⁦Enter⁩ بۆ دانانی</translation>
        </message>
        <message>
            <source>Find a code</source>
            <translation>دۆزینەوەی کۆد</translation>
        </message>
        <message>
            <source>Matching codes</source>
            <translation>کۆدە گونجاوەکان</translation>
        </message>
        <message>
            <source>No code matches what is typed.</source>
            <translation>هیچ کۆدێک لەگەڵ ئەوەی نووسراوە ناگونجێت.</translation>
        </message>
        <message>
            <source>No codes yet. Ctrl+I makes one of the selected words.</source>
            <translation>هێشتا هیچ کۆدێک نییە. ⁦Ctrl+I⁩ کۆدێک لە وشە دیاریکراوەکان دروست دەکات.</translation>
        </message>
    </context>
    <context>
        <name>Codebook</name>
        <message>
            <source>this code no longer exists (it was deleted or merged)</source>
            <translation>ئەم کۆدە ئیتر نەماوە (سڕاوەتەوە یان تێکەڵ کراوە).</translation>
        </message>
        <message>
            <source>this code is the team's: it is changed at the centre and reaches this laptop in team updates (ask your coordinator); you can still code with it, or make a code of your own</source>
            <translation>ئەم کۆدە هی تیمەکەیە: لە ناوەند دەگۆڕدرێت و لە نوێکردنەوەکانی تیمدا دەگاتە ئەم لاپتۆپە (لە هەماهەنگکارەکەت بپرسە)؛ هێشتا دەتوانیت کۆدکردنی پێ بکەیت، یان کۆدێکی خۆت دروست بکەیت.</translation>
        </message>
        <message>
            <source>a code needs a name in at least one language</source>
            <translation>کۆد پێویستی بە ناوێکە لانیکەم بە یەک زمان.</translation>
        </message>
        <message>
            <source>another code at the same place in the codebook has this name: choose another name, or merge the two codes</source>
            <translation>لە هەمان شوێنی کتێبی کۆدەکاندا کۆدێکی تر هەمان ناوی هەیە. ناوێکی تر هەڵبژێرە، یان هەردوو کۆدەکە تێکەڵ بکە.</translation>
        </message>
        <message>
            <source>a code cannot be moved under itself or one of its sub-codes</source>
            <translation>ناتوانرێت کۆدێک بخرێتە ژێر خۆی یان ژێر یەکێک لە کۆدە لاوەکییەکانی.</translation>
        </message>
        <message>
            <source>a code cannot be merged into itself</source>
            <translation>ناتوانرێت کۆدێک لەگەڵ خۆیدا تێکەڵ بکرێت.</translation>
        </message>
        <message>
            <source>merge a sub-code into its parent, not the other way round</source>
            <translation>کۆدی لاوەکی لەناو کۆدی سەرەکیی خۆیدا تێکەڵ بکە، نەک بە پێچەوانەوە.</translation>
        </message>
    </context>
    <context>
        <name>CodebookPage</name>
        <message>
            <source>Importing the codebook…</source>
            <translation>کتێبی کۆد هاوردە دەکرێت…</translation>
        </message>
        <message>
            <source>No codes yet. Press New code to start the codebook, or Import .qdc… to use one you have.</source>
            <translation>هێشتا هیچ کۆدێک نییە. «کۆدی نوێ» دابگرە بۆ دەستپێکردنی کتێبی کۆدەکان، یان «هاوردەکردنی ⁦.qdc⁩…» بۆ بەکارهێنانی کتێبێک کە هەتە.</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>کتێبی کۆدەکان</translation>
        </message>
        <message>
            <source>&amp;New code</source>
            <translation>ک&amp;ۆدی نوێ</translation>
        </message>
        <message>
            <source>New su&amp;b-code</source>
            <translation>&amp;ژێرکۆدی نوێ</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;سڕینەوە</translation>
        </message>
        <message>
            <source>&amp;Import .qdc…</source>
            <translation>هاور&amp;دەکردنی ⁦.qdc⁩…</translation>
        </message>
        <message>
            <source>E&amp;xport .qdc…</source>
            <translation>&amp;هەناردەکردنی ⁦.qdc⁩…</translation>
        </message>
        <message>
            <source>&amp;Save code</source>
            <translation>پاشەکەوتکردنی کۆد</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>هەڵبژاردن…</translation>
        </message>
        <message>
            <source>Me&amp;rge into</source>
            <translation>تێکە&amp;ڵکردن لەگەڵ</translation>
        </message>
        <message>
            <source>Name (&amp;Arabic)</source>
            <translation>ناو (بە &amp;عەرەبی)</translation>
        </message>
        <message>
            <source>Name (&amp;Kurdish)</source>
            <translation>ناو (بە &amp;کوردی)</translation>
        </message>
        <message>
            <source>Name (&amp;English)</source>
            <translation>ناو (بە &amp;ئینگلیزی)</translation>
        </message>
        <message>
            <source>Co&amp;lour</source>
            <translation>ڕەن&amp;گ</translation>
        </message>
        <message>
            <source>Defini&amp;tion</source>
            <translation>پێ&amp;ناسە</translation>
        </message>
        <message>
            <source>&amp;Use when</source>
            <translation>بەک&amp;اربهێنە کاتێک</translation>
        </message>
        <message>
            <source>Do not use &amp;when</source>
            <translation>بەکاری مەهێنە کا&amp;تێک</translation>
        </message>
        <message>
            <source>Exam&amp;ples</source>
            <translation>نم&amp;وونەکان</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>کۆدی نوێ</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>بڕگەکان</translation>
        </message>
        <message>
            <source>Code to merge the selected code into</source>
            <translation>ئەو کۆدەی کۆدی دیاریکراوی تێدا تێکەڵ دەکرێت</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>کۆدەکان</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>Code not saved</source>
            <translation>کۆدەکە پاشەکەوت نەکراوە</translation>
        </message>
        <message>
            <source>What you typed about this code is not saved. Save it now?</source>
            <translation>ئەوەی دەربارەی ئەم کۆدە نووسیوتە پاشەکەوت نەکراوە. ئێستا پاشەکەوتی بکەیت؟</translation>
        </message>
        <message>
            <source>The code you were typing about was merged or deleted elsewhere (a team update or an import): what you typed about it was not saved.</source>
            <translation>ئەو کۆدەی دەربارەی دەتنووسی لە شوێنێکی ترەوە تێکەڵ کرا یان سڕایەوە (نوێکردنەوەی تیم یان هاوردەکردن): ئەوەی دەربارەی نووسیبووت پاشەکەوت نەکرا.</translation>
        </message>
        <message>
            <source>Codebook version %1</source>
            <translation>وەشانی کتێبی کۆدەکان %1</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>پەڕگەکە نەخوێندرایەوە.</translation>
        </message>
        <message>
            <source>The codebook was not changed.</source>
            <translation>کتێبی کۆدەکان نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This file is not a REFI-QDA codebook that Majlis can read.</source>
            <translation>ئەم پەڕگەیە کتێبی کۆدی ⁦REFI-QDA⁩ نییە کە مەجلیس بتوانێت بیخوێنێتەوە.</translation>
        </message>
        <message>
            <source>Code colour</source>
            <translation>ڕەنگی کۆد</translation>
        </message>
        <message>
            <source>Merge “%1” into “%2”? All its segments move to “%2”.</source>
            <translation>‏«%1» لەگەڵ «%2» تێکەڵ بکرێت؟ هەموو بڕگەکانی دەگوازرێنەوە بۆ «%2».</translation>
        </message>
        <message>
            <source>Merge codes</source>
            <translation>تێکەڵکردنی کۆدەکان</translation>
        </message>
        <message>
            <source>Delete this code and remove it from every segment it was applied to?</source>
            <translation>ئەم کۆدە بسڕدرێتەوە و لە هەموو ئەو بڕگانەی لەسەریان دانراوە لاببرێت؟</translation>
        </message>
        <message>
            <source>Delete code</source>
            <translation>سڕینەوەی کۆد</translation>
        </message>
        <message>
            <source>What you typed about this code and did not save will be dropped.</source>
            <translation>ئەوەی دەربارەی ئەم کۆدە نووسیوتە و پاشەکەوتت نەکردووە فڕێ دەدرێت.</translation>
        </message>
        <message>
            <source>Import codebook</source>
            <translation>هاوردەکردنی کتێبی کۆدەکان</translation>
        </message>
        <message>
            <source>REFI-QDA codebook or project (*.qdc *.qdpx)</source>
            <translation>کتێبی کۆد یان پرۆژەی ⁦REFI-QDA⁩ ‎(*.qdc *.qdpx)</translation>
        </message>
        <message>
            <source>The file holds no codes: nothing was imported.</source>
            <translation>پەڕگەکە هیچ کۆدێکی تێدا نییە: هیچ هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>Codebook imported from {file} (codes: {count}).</source>
            <translation>کتێبی کۆد لە {file} هاوردە کرا (کۆدەکان: {count}).</translation>
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation>کتێبی کۆدی ⁦REFI-QDA⁩ ‎(*.qdc)</translation>
        </message>
        <message>
            <source>Codebook written: {file}</source>
            <translation>کتێبی کۆد نووسرا: {file}</translation>
        </message>
        <message>
            <source>Export codebook</source>
            <translation>هەناردەکردنی کتێبی کۆدەکان</translation>
        </message>
    </context>
    <context>
        <name>CodingError</name>
        <message>
            <source>the text was changed meanwhile: select the words again</source>
            <translation>دەقەکە لەو ماوەیەدا گۆڕا: وشەکان دووبارە دیاری بکەرەوە.</translation>
        </message>
        <message>
            <source>the selection holds only spaces</source>
            <translation>دیاریکراوەکە تەنیا بۆشایی تێدایە.</translation>
        </message>
        <message>
            <source>the words were edited since: the coding cannot be brought back</source>
            <translation>وشەکان لەو کاتەوە دەستکاری کراون: کۆدکردنەکە ناگەڕێتەوە.</translation>
        </message>
        <message>
            <source>the words were erased since (their speaker withdrew): the coding cannot be brought back</source>
            <translation>وشەکان لەو کاتەوە سڕاونەتەوە (قسەکەرەکەیان کشایەوە): کۆدکردنەکە ناگەڕێتەوە.</translation>
        </message>
    </context>
    <context>
        <name>CodingWorkspace</name>
        <message>
            <source>Apply code… (Ctrl+K)</source>
            <translation>دانانی کۆد… (⁦Ctrl+K⁩)</translation>
        </message>
        <message>
            <source>In vivo (Ctrl+I)</source>
            <translation>کۆدی وشەبەوشە (⁦Ctrl+I⁩)</translation>
        </message>
        <message>
            <source>Remove coding</source>
            <translation>لابردنی کۆدکردن</translation>
        </message>
        <message>
            <source>Undo coding (Ctrl+Z)</source>
            <translation>پاشگەزبوونەوە لە کۆدکردن (⁦Ctrl+Z⁩)</translation>
        </message>
        <message>
            <source>Previous (Shift+F8)</source>
            <translation>پێشوو (⁦Shift+F8⁩)</translation>
        </message>
        <message>
            <source>Move coding to the selection</source>
            <translation>گواستنەوەی کۆدکردن بۆ دیاریکراوەکە</translation>
        </message>
        <message>
            <source>Next (F8)</source>
            <translation>دواتر (⁦F8⁩)</translation>
        </message>
        <message>
            <source>Previous coding</source>
            <translation>کۆدکردنی پێشوو</translation>
        </message>
        <message>
            <source>Next coding</source>
            <translation>کۆدکردنی دواتر</translation>
        </message>
        <message>
            <source>Codes at the cursor</source>
            <translation>کۆدەکانی شوێنی نیشانەکەر</translation>
        </message>
        <message>
            <source>&amp;Memo on the segment</source>
            <translation>&amp;تێبینی لەسەر بڕگە</translation>
        </message>
        <message>
            <source>Memo on the segment</source>
            <translation>تێبینی لەسەر بڕگە</translation>
        </message>
        <message>
            <source>Session text</source>
            <translation>دەقی دانیشتن</translation>
        </message>
        <message>
            <source>No codes yet. Select words and press Ctrl+I to make one, or add codes on the Codebook page.</source>
            <translation>هێشتا هیچ کۆدێک نییە. چەند وشەیەک دیاری بکە و ⁦Ctrl+I⁩ دابگرە بۆ دروستکردنی کۆدێک، یان لە پەڕەی «کتێبی کۆدەکان» کۆد زیاد بکە.</translation>
        </message>
        <message>
            <source>&amp;Save memo</source>
            <translation>پا&amp;شەکەوتکردنی تێبینی</translation>
        </message>
        <message>
            <source>Codebook: drag a code onto the selected text, or press Enter on it</source>
            <translation>کتێبی کۆدەکان: کۆدێک ڕابکێشە سەر دەقی دیاریکراو، یان ⁦Enter⁩ لەسەری دابگرە</translation>
        </message>
        <message>
            <source>Code bars</source>
            <translation>هێڵەکانی کۆد</translation>
        </message>
        <message>
            <source>Coding</source>
            <translation>کۆدکردن</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>بڕیار</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>پوختە</translation>
        </message>
        <message>
            <source>Select some text first.</source>
            <translation>سەرەتا بەشێک لە دەق دیاری بکە.</translation>
        </message>
        <message>
            <source>A selection must stay within one speaker turn, note or decision.</source>
            <translation>دیاریکراوەکە دەبێت لەناو یەک قسەکردن، تێبینی یان بڕیاردا بمێنێتەوە.</translation>
        </message>
        <message>
            <source>This text was withdrawn by its speaker and cannot be coded.</source>
            <translation>قسەکەرەکەی ئەم دەقەی کشاندۆتەوە و ناتوانرێت کۆد بکرێت.</translation>
        </message>
        <message>
            <source>Coded with “%1” (characters: %2).</source>
            <translation>دیاریکراوەکە بە کۆدی «%1» کۆدکرا (ژمارەی پیتەکان: %2).</translation>
        </message>
        <message>
            <source>Coded in vivo (characters: %1).</source>
            <translation>بە کۆدی وشەبەوشە کۆدکرا (ژمارەی پیتەکان: %1).</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>هیچ شتێک نییە بۆ پاشگەزبوونەوە.</translation>
        </message>
        <message>
            <source>Coding undone.</source>
            <translation>پاشگەز بوویتەوە لە کۆدکردنەکە.</translation>
        </message>
        <message>
            <source>This text could not be coded.</source>
            <translation>نەتوانرا ئەم دەقە کۆد بکرێت.</translation>
        </message>
        <message>
            <source>%1 (words edited: check)</source>
            <translation>‏%1 (وشەکان دەستکاری کراون: بپشکنە)</translation>
        </message>
        <message>
            <source>The text was edited after this coding. The words coded were: %1</source>
            <translation>دەقەکە دوای ئەم کۆدکردنە دەستکاری کراوە. ئەو وشانەی کۆد کرابوون: %1</translation>
        </message>
        <message>
            <source>The words of this coding were edited after it was coded: select the words it should cover and press “Move coding to the selection”.</source>
            <translation>وشەکانی ئەم کۆدکردنە دوای کۆدکردن دەستکاری کراون: ئەو وشانە دیاری بکە کە دەبێت بیگرێتەوە و «گواستنەوەی کۆدکردن بۆ دیاریکراوەکە» دابگرە.</translation>
        </message>
        <message>
            <source>Coding moved to the selected words.</source>
            <translation>کۆدکردنەکە گوازرایەوە بۆ وشە دیاریکراوەکان.</translation>
        </message>
        <message>
            <source>Memo saved.</source>
            <translation>تێبینییەکە پاشەکەوت کرا.</translation>
        </message>
        <message>
            <source>Put the cursor in a coded passage to write its memo.</source>
            <translation>نیشانەکەر بخەرە ناو بڕگەیەکی کۆدکراو بۆ نووسینی تێبینییەکەی.</translation>
        </message>
        <message>
            <source>Put the cursor in a coded passage to remove its coding.</source>
            <translation>نیشانەکەر بخەرە ناو بڕگەیەکی کۆدکراو بۆ لابردنی کۆدکردنەکەی.</translation>
        </message>
        <message>
            <source>No text is coded here yet.</source>
            <translation>هێشتا هیچ دەقێک لێرە کۆد نەکراوە.</translation>
        </message>
    </context>
    <context>
        <name>ColumnChoice</name>
        <message>
            <source>Columns shown</source>
            <translation>ستوونە پیشاندراوەکان</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Resolve a conflict</source>
            <translation>چارەسەرکردنی ناکۆکییەک</translation>
        </message>
        <message>
            <source>Current &amp;text (kept now):</source>
            <translation>دەقی ئێ&amp;ستا (ئێستا هەڵگیراوە):</translation>
        </message>
        <message>
            <source>Other &amp;version:</source>
            <translation>&amp;وەشانی تر:</translation>
        </message>
        <message>
            <source>&amp;Edited text (start from the current text, take words from the other):</source>
            <translation>دەقی &amp;دەستکاریکراو (لە دەقی ئێستاوە دەست پێبکە و وشە لە وەشانەکەی تر وەربگرە):</translation>
        </message>
        <message>
            <source>Words only in the other version are struck out; words only in the current text are in bold.</source>
            <translation>ئەو وشانەی تەنها لە وەشانەکەی تردان هێڵیان بەسەردا هاتووە؛ ئەو وشانەی تەنها لە دەقی ئێستادان تۆخن.</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>دەقی ئێستا</translation>
        </message>
        <message>
            <source>Other version</source>
            <translation>وەشانی تر</translation>
        </message>
        <message>
            <source>Edited text</source>
            <translation>دەقی دەستکاریکراو</translation>
        </message>
        <message>
            <source>Keep &amp;current</source>
            <translation>هێشتنەوەی &amp;ئێستا</translation>
        </message>
        <message>
            <source>Keep &amp;other</source>
            <translation>هێشتنەوەی ئەوی &amp;تر</translation>
        </message>
        <message>
            <source>an unknown device</source>
            <translation>ئامێرێکی نەناسراو</translation>
        </message>
        <message>
            <source>unknown time</source>
            <translation>کاتی نەزانراو</translation>
        </message>
        <message>
            <source>From %1, %2</source>
            <translation>لە %1، %2</translation>
        </message>
        <message>
            <source>recorded by %1</source>
            <translation>تۆمارکراوە لەلایەن %1</translation>
        </message>
        <message>
            <source>&amp;Save edited text</source>
            <translation>پا&amp;شەکەوتکردنی دەقی دەستکاریکراو</translation>
        </message>
    </context>
    <context>
        <name>ConflictWords</name>
        <message>
            <source>Session: %1</source>
            <translation>دانیشتن: %1</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(بێ ناونیشان)</translation>
        </message>
        <message>
            <source>A turn of the transcript</source>
            <translation>قسەکردنێک لە دەقی نووسراوەی گفتوگۆ</translation>
        </message>
        <message>
            <source>The notes of an agenda item</source>
            <translation>تێبینییەکانی خاڵێکی ڕۆژەڤ</translation>
        </message>
        <message>
            <source>A decision</source>
            <translation>بڕیارێک</translation>
        </message>
        <message>
            <source>The session's summary</source>
            <translation>پوختەی دانیشتنەکە</translation>
        </message>
        <message>
            <source>The memo of a coding</source>
            <translation>تێبینیی کۆدکردنێک</translation>
        </message>
        <message>
            <source>A memo</source>
            <translation>تێبینییەک</translation>
        </message>
        <message>
            <source>A text</source>
            <translation>دەقێک</translation>
        </message>
        <message>
            <source>Speaker: %1</source>
            <translation>قسەکەر: %1</translation>
        </message>
        <message>
            <source>the facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Agenda item: %1</source>
            <translation>خاڵی ڕۆژەڤ: %1</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Where</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>دەقی ئێستا</translation>
        </message>
        <message>
            <source>Other version</source>
            <translation>وەشانی تر</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>&amp;Resolve conflict…</source>
            <translation>چارەسەرکردنی ناک&amp;ۆکی…</translation>
        </message>
        <message>
            <source>Open &amp;conflicts:</source>
            <translation>&amp;ناکۆکییە چارەسەرنەکراوەکان:</translation>
        </message>
        <message>
            <source>Open &amp;conflicts: none</source>
            <translation>&amp;ناکۆکییە چارەسەرنەکراوەکان: هیچ</translation>
        </message>
        <message>
            <source>Open &amp;conflicts: %1</source>
            <translation>&amp;ناکۆکییە چارەسەرنەکراوەکان: %1</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>چارەسەرکردنی ناکۆکی</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>ناکۆکییە چارەسەرنەکراوەکان</translation>
        </message>
        <message>
            <source>This conflict was already closed (an erasure closes the conflicts over the words it erased). Nothing was changed.</source>
            <translation>ئەم ناکۆکییە پێشتر داخرابوو (سڕینەوە ئەو ناکۆکییانە دادەخات کە لەسەر ئەو وشانەن کە سڕیونیەتەوە). هیچ شتێک نەگۆڕا.</translation>
        </message>
        <message>
            <source>This conflict was already resolved (in another window, or with majlis-cli). Nothing was changed.</source>
            <translation>ئەم ناکۆکییە پێشتر چارەسەر کرابوو (لە پەنجەرەیەکی تردا، یان بە ⁦majlis-cli⁩). هیچ شتێک نەگۆڕا.</translation>
        </message>
        <message>
            <source>The text of this conflict was deleted meanwhile (its session, agenda item or turn was deleted): nothing is left to decide, and the conflict is closed. Nothing was written.</source>
            <translation>لەم ماوەیەدا دەقی ئەم ناکۆکییە سڕایەوە (دانیشتنەکەی، خاڵی ڕۆژەڤەکەی یان قسەکردنەکە سڕایەوە): هیچ شتێک نەماوە بڕیاری لەسەر بدرێت، و ناکۆکییەکە داخرا. هیچ شتێک نەنووسرا.</translation>
        </message>
        <message>
            <source>Conflict resolved.</source>
            <translation>ناکۆکییەکە چارەسەر کرا.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consent — %1</source>
            <translation>ڕەزامەندی — %1</translation>
        </message>
        <message>
            <source>Form &amp;language:</source>
            <translation>زمانی &amp;فۆڕم:</translation>
        </message>
        <message>
            <source>This is an older version of the form: version %1 is in %2 only. Choose that language above to have the newest version signed, or the participant will be asked again.</source>
            <translation>ئەمە وەشانێکی کۆنتری فۆڕمەکەیە: وەشانی %1 تەنها بە %2 هەیە. ئەو زمانە لە سەرەوە هەڵبژێرە بۆ ئەوەی نوێترین وەشان واژۆ بکرێت، ئەگینا دووبارە داوا لە بەشداربووەکە دەکرێتەوە.</translation>
        </message>
        <message>
            <source>Language of the form</source>
            <translation>زمانی فۆڕم</translation>
        </message>
        <message>
            <source>Show the form in %1? The answers given so far are cleared: the participant answers the form they read.</source>
            <translation>فۆڕمەکە بە %1 پیشان بدرێت؟ ئەو وەڵامانەی تا ئێستا دراون دەسڕدرێنەوە: بەشداربوو وەڵامی ئەو فۆڕمە دەداتەوە کە دەیخوێنێتەوە.</translation>
        </message>
        <message>
            <source>%1 withdrew consent to everything and what they said was erased: no consent can be recorded for them again. Someone who takes part again is added as a new participant.</source>
            <translation>‏%1 لە ڕەزامەندی بۆ هەموو شتێک کشایەوە و ئەوەی گوتی سڕایەوە: ناتوانرێت جارێکی تر ڕەزامەندی بۆ تۆمار بکرێت. ئەوەی دووبارە بەشداری دەکات وەک بەشداربوویەکی نوێ زیاد دەکرێت.</translation>
        </message>
        <message>
            <source>Consent of %1</source>
            <translation>ڕەزامەندیی %1</translation>
        </message>
        <message>
            <source>No consent form is available on this device.</source>
            <translation>هیچ فۆڕمێکی ڕەزامەندی لەسەر ئەم ئامێرە نییە.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>قەبارەی دەق</translation>
        </message>
        <message>
            <source>&amp;Read aloud, one clause at a time</source>
            <translation>&amp;خوێندنەوە بە دەنگی بەرز، بەند بە بەند</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>پێش&amp;وو</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;دواتر</translation>
        </message>
        <message>
            <source>How is consent given?</source>
            <translation>ڕەزامەندی چۆن دەدرێت؟</translation>
        </message>
        <message>
            <source>Signed on &amp;screen</source>
            <translation>واژۆ لەسەر &amp;شاشە</translation>
        </message>
        <message>
            <source>Signed &amp;paper form</source>
            <translation>فۆڕمی &amp;کاغەزیی واژۆکراو</translation>
        </message>
        <message>
            <source>&amp;Verbal, with a witness</source>
            <translation>&amp;زارەکی، بە ئامادەبوونی شایەت</translation>
        </message>
        <message>
            <source>&amp;Thumbprint, with a witness</source>
            <translation>پە&amp;نجەمۆر، بە ئامادەبوونی شایەت</translation>
        </message>
        <message>
            <source>Signature pad</source>
            <translation>تەختەی واژۆ</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;سڕینەوەی واژۆ</translation>
        </message>
        <message>
            <source>&amp;Attach a photo or scan of the signed form (optional)…</source>
            <translation>&amp;هاوپێچکردنی وێنە یان سکانی فۆڕمی واژۆکراو (ئارەزوومەندانە)…</translation>
        </message>
        <message>
            <source>&amp;Witness (impartial):</source>
            <translation>ش&amp;ایەت (بێلایەن):</translation>
        </message>
        <message>
            <source>Witness name</source>
            <translation>ناوی شایەت</translation>
        </message>
        <message>
            <source>Consent obtained &amp;by:</source>
            <translation>ڕەزامەندی وەرگیراوە &amp;لەلایەن:</translation>
        </message>
        <message>
            <source>Person who obtained consent</source>
            <translation>ئەو کەسەی ڕەزامەندیی وەرگرتووە</translation>
        </message>
        <message>
            <source>Enter the name of the person who obtained consent.</source>
            <translation>ناوی ئەو کەسە بنووسە کە ڕەزامەندیی وەرگرتووە.</translation>
        </message>
        <message>
            <source>This participant withdrew everything: add them as a new participant.</source>
            <translation>ئەم بەشداربووە لە هەموو شتێک کشایەوە: وەک بەشداربوویەکی نوێ زیادی بکە.</translation>
        </message>
        <message>
            <source>Reading the scan…</source>
            <translation>سکانەکە دەخوێندرێتەوە…</translation>
        </message>
        <message>
            <source>Not saved: %1 The answers stay in the form: press Save consent again in a moment.</source>
            <translation>پاشەکەوت نەکرا: %1 وەڵامەکان لە فۆرمەکەدا دەمێننەوە: دوای کەمێک دووبارە «پاشەکەوتکردنی ڕەزامەندی» دابگرە.</translation>
        </message>
        <message>
            <source>Close the consent form</source>
            <translation>داخستنی فۆڕمی ڕەزامەندی</translation>
        </message>
        <message>
            <source>Close the form? The answers given in it are not saved.</source>
            <translation>فۆڕمەکە دابخرێت؟ ئەو وەڵامانەی تێیدا دراون پاشەکەوت ناکرێن.</translation>
        </message>
        <message>
            <source>Text si&amp;ze</source>
            <translation>&amp;قەبارەی دەق</translation>
        </message>
        <message>
            <source>Save &amp;consent</source>
            <translation>پاشەکەو&amp;تکردنی ڕەزامەندی</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>هەڵوەشاندنەوە</translation>
        </message>
        <message>
            <source>The signature pad is empty. Ask the participant to sign, or choose another method.</source>
            <translation>تەختەی واژۆ بەتاڵە. داوا لە بەشداربوو بکە واژۆ بکات، یان ڕێگایەکی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>Name the impartial witness.</source>
            <translation>ناوی شایەتی بێلایەن بنووسە.</translation>
        </message>
        <message>
            <source>Every clause needs a Yes or a No.</source>
            <translation>هەموو بەندێک پێویستی بە «بەڵێ» یان «نەخێر» هەیە.</translation>
        </message>
        <message>
            <source>Choose how consent is given.</source>
            <translation>ڕێگای دانی ڕەزامەندی هەڵبژێرە.</translation>
        </message>
        <message>
            <source>This consent form is not on this device.</source>
            <translation>ئەم فۆڕمی ڕەزامەندییە لەسەر ئەم ئامێرە نییە.</translation>
        </message>
        <message>
            <source>The consent could not be saved.</source>
            <translation>ڕەزامەندییەکە پاشەکەوت نەکرا.</translation>
        </message>
        <message>
            <source>Photo or scan of the signed form</source>
            <translation>وێنە یان سکانی فۆڕمی واژۆکراو</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
            <translation>وێنەکان ‎(*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>That file is not an image.</source>
            <translation>ئەو پەڕگەیە وێنە نییە.</translation>
        </message>
        <message>
            <source>The file is not there any more (was the USB stick removed?). Plug the stick in, or choose the file again.</source>
            <translation>پەڕگەکە ئیتر لەوێ نییە (ئایا فلاشی ⁦USB⁩ دەرهێنرا؟). فلاشەکە ببەستەوە، یان دووبارە پەڕگەکە هەڵبژێرە.</translation>
        </message>
        <message>
            <source>Scan attached.</source>
            <translation>سکانەکە هاوپێچ کرا.</translation>
        </message>
        <message>
            <source>No scan attached.</source>
            <translation>هیچ سکانێک هاوپێچ نەکراوە.</translation>
        </message>
    </context>
    <context>
        <name>ConsentForm</name>
        <message>
            <source>Yes</source>
            <translation>بەڵێ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نەخێر</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(پێویستە)</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>لێرە واژۆ بکە</translation>
        </message>
        <message>
            <source>Clause {n} of {total}</source>
            <translation>بەندی {n} لە {total}</translation>
        </message>
        <message>
            <source>What the signature means</source>
            <translation>واتای واژۆ</translation>
        </message>
    </context>
    <context>
        <name>ConsentModels</name>
        <message>
            <source>Form</source>
            <translation>فۆڕم</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>وەشان</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ناونیشان</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>بەندەکان</translation>
        </message>
        <message>
            <source>Built-in form</source>
            <translation>فۆڕمی ناوخۆیی</translation>
        </message>
        <message>
            <source>Team form</source>
            <translation>فۆڕمی تیم</translation>
        </message>
        <message>
            <source>take part</source>
            <translation>بەشداریکردن</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>تۆماری دەنگ</translation>
        </message>
        <message>
            <source>quotes</source>
            <translation>هێنانەوەی وتە</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>وێنە</translation>
        </message>
        <message>
            <source>share data</source>
            <translation>هاوبەشکردنی داتا</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>پەیوەندیکردن</translation>
        </message>
        <message>
            <source>all data</source>
            <translation>هەموو داتاکان</translation>
        </message>
        <message>
            <source>quotes only</source>
            <translation>تەنیا وتەکان</translation>
        </message>
        <message>
            <source>Withdrawn %1 (%2)</source>
            <translation>کشایەوە لە %1 (%2)</translation>
        </message>
        <message>
            <source>Form not on this device</source>
            <translation>فۆڕمەکە لەسەر ئەم ئامێرە نییە</translation>
        </message>
        <message>
            <source>Replaced %1</source>
            <translation>لە %1 گۆڕدرا</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>ڕەتکراوەتەوە</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>دراوە</translation>
        </message>
        <message>
            <source>Signed on screen</source>
            <translation>واژۆ لەسەر شاشە</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>فۆڕمی کاغەزی</translation>
        </message>
        <message>
            <source>Verbal, witnessed</source>
            <translation>زارەکی، بە شایەت</translation>
        </message>
        <message>
            <source>Thumbprint, witnessed</source>
            <translation>پەنجەمۆر، بە شایەت</translation>
        </message>
        <message>
            <source>Own form of %1</source>
            <translation>فۆڕمی تایبەت بە ئامێری %1</translation>
        </message>
        <message>
            <source>%1 (own form of %2)</source>
            <translation>فۆڕمی %1، تایبەت بە ئامێری %2</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>ناوی خوازراو</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>وەشانی فۆڕم</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>وەڵامەکان</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>شێواز</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>شایەت</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>کاتی تۆمارکردن</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>ئامێری تۆمارکردن</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>بەڵێ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>نەخێر</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>وەشانی %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>نەزانراو</translation>
        </message>
        <message>
            <source>version %1; re-consent needed (version %2 now)</source>
            <translation>وەشانی %1؛ ڕەزامەندی نوێ پێویستە (ئێستا وەشانی %2)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ڕیزبەندی</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>کات</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Consent</source>
            <translation>ڕەزامەندی</translation>
        </message>
        <message>
            <source>Consent forms</source>
            <translation>فۆڕمەکانی ڕەزامەندی</translation>
        </message>
        <message>
            <source>Consent forms and versions</source>
            <translation>فۆڕمەکانی ڕەزامەندی و وەشانەکانیان</translation>
        </message>
        <message>
            <source>&amp;New version…</source>
            <translation>وەشانی &amp;نوێ…</translation>
        </message>
        <message>
            <source>Consent register</source>
            <translation>تۆماری ڕەزامەندییەکان</translation>
        </message>
        <message>
            <source>Filter by pseudonym</source>
            <translation>پاڵاوتن بەپێی ناوی خوازراو</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>All</source>
            <translation>هەموو</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>دراوە</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>ڕەتکراوەتەوە</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>کشاوەتەوە</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>هەموو دانیشتنەکان</translation>
        </message>
        <message>
            <source>&amp;Record consent again…</source>
            <translation>&amp;دووبارە تۆمارکردنی ڕەزامەندی…</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;کشانەوە…</translation>
        </message>
        <message>
            <source>&amp;Print consent record…</source>
            <translation>چاپک&amp;ردنی تۆماری ڕەزامەندی…</translation>
        </message>
        <message>
            <source>Print &amp;session register…</source>
            <translation>چاپکردنی تۆماری ڕە&amp;زامەندییەکانی دانیشتن…</translation>
        </message>
        <message>
            <source>What this participant said, as shown everywhere</source>
            <translation>ئەوەی ئەم بەشداربووە وتوویەتی، وەک لە هەموو شوێنێک دەردەکەوێت</translation>
        </message>
        <message>
            <source>Speaker turns of the selected participant</source>
            <translation>قسەکردنەکانی بەشداربووی دیاریکراو</translation>
        </message>
        <message numerus="yes">
            <source>%n consent form(s) used by records here have not reached this device yet.</source>
            <translation>
                <numerusform>%n فۆڕمی ڕەزامەندی کە تۆمارەکانی ئێرە بەکاری دەهێنن هێشتا نەگەیشتووەتە ئەم ئامێرە.</numerusform>
                <numerusform>%n فۆڕمی ڕەزامەندی کە تۆمارەکانی ئێرە بەکاریان دەهێنن هێشتا نەگەیشتوونەتە ئەم ئامێرە.</numerusform>
            </translation>
        </message>
        <message>
            <source>The consent register could not be loaded.</source>
            <translation>تۆماری ڕەزامەندییەکان بار نەکرا.</translation>
        </message>
        <message>
            <source>Version %1 of %2 published.</source>
            <translation>وەشانی %1ی %2 بڵاوکرایەوە.</translation>
        </message>
        <message>
            <source>Version %1 of %2 published. Publish a team update (Sync page) so that the laptops use it too.</source>
            <translation>وەشانی %1ی %2 بڵاوکرایەوە. نوێکردنەوەی تیم بڵاو بکەرەوە (پەڕەی هاوکاتکردن) بۆ ئەوەی لاپتۆپەکانیش بەکاری بهێنن.</translation>
        </message>
        <message>
            <source>Folder for the printout</source>
            <translation>بوخچەی چاپکراو</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>نەتوانرا ⁦PDF⁩ بنووسرێت: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>‏%1 پاشەکەوت کرا</translation>
        </message>
        <message>
            <source>No consent form yet. Press New version… to write the form participants agree to.</source>
            <translation>هێشتا هیچ فۆڕمێکی ڕەزامەندی نییە. «وەشانی نوێ…» دابگرە بۆ نووسینی ئەو فۆڕمەی بەشداربووان ڕەزامەندی لەسەر دەدەن.</translation>
        </message>
        <message>
            <source>No record matches the filters.</source>
            <translation>هیچ تۆمارێک لەگەڵ پاڵاوتنەکان ناگونجێت.</translation>
        </message>
        <message>
            <source>No consent recorded yet. Consent is recorded for each participant in a session, from its Participants or Attendance tab.</source>
            <translation>هێشتا هیچ ڕەزامەندییەک تۆمار نەکراوە. ڕەزامەندی بۆ هەر بەشداربوویەک لە ناو دانیشتنێکدا تۆمار دەکرێت، لە بەشی «بەشداربووان» یان «ئامادەبوون».</translation>
        </message>
    </context>
    <context>
        <name>CooccurrenceTab</name>
        <message>
            <source>Count overlapping codes to see how often two codes were given to the same words: each cell is the number of times the code of its row and the code of its column overlap.</source>
            <translation>«ژماردنی کۆدە یەکتربڕەکان» دابگرە بۆ ئەوەی ببینیت چەند جار دوو کۆد بە هەمان وشەکان دراون: هەر خانەیەک ژمارەی ئەو جارانەیە کە کۆدی ڕیزەکەی و کۆدی ستوونەکەی یەکتر دەبڕن.</translation>
        </message>
        <message>
            <source>Count overlapping codes</source>
            <translation>ژماردنی کۆدە یەکتربڕەکان</translation>
        </message>
        <message>
            <source>Code co-occurrence</source>
            <translation>پێکەوەهاتنی کۆدەکان</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>No two codes overlap in any coded text.</source>
            <translation>هیچ دوو کۆدێک لە هیچ دەقێکی کۆدکراودا یەکتر نابڕن.</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <source>No date</source>
            <translation>بێ بەروار</translation>
        </message>
        <message>
            <source>Delete: no date</source>
            <translation>‏⁦Delete⁩: بێ بەروار</translation>
        </message>
    </context>
    <context>
        <name>DemoStore</name>
        <message>
            <source>demo laptop</source>
            <translation>لاپتۆپی تاقیکاری</translation>
        </message>
    </context>
    <context>
        <name>Demographics</name>
        <message>
            <source>female</source>
            <translation>مێ</translation>
        </message>
        <message>
            <source>male</source>
            <translation>نێر</translation>
        </message>
        <message>
            <source>other</source>
            <translation>هی تر</translation>
        </message>
        <message>
            <source>prefers not to say</source>
            <translation>پێی باشە نەیڵێت</translation>
        </message>
        <message>
            <source>urban</source>
            <translation>شار</translation>
        </message>
        <message>
            <source>rural</source>
            <translation>گوند</translation>
        </message>
        <message>
            <source>consent given</source>
            <translation>ڕەزامەندی داوە</translation>
        </message>
        <message>
            <source>no consent</source>
            <translation>بێ ڕەزامەندی</translation>
        </message>
        <message>
            <source>declined to take part</source>
            <translation>بەشداری ڕەتکردەوە</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>کشاوەتەوە</translation>
        </message>
        <message>
            <source>re-consent needed (new form version)</source>
            <translation>ڕەزامەندی نوێ پێویستە (وەشانی نوێی فۆڕم)</translation>
        </message>
        <message>
            <source>consent given, quotes withdrawn</source>
            <translation>ڕەزامەندی داوە، ڕێگەی هێنانەوەی وتەکانی کشاوەتەوە</translation>
        </message>
        <message>
            <source>consent given, not to be quoted</source>
            <translation>ڕەزامەندی داوە، بێ ڕێگەی هێنانەوەی وتەکانی</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(نەدراوە)</translation>
        </message>
    </context>
    <context>
        <name>DeviceLabel</name>
        <message>
            <source>{id} (no name yet)</source>
            <extracomment>A device with no label (none given, none sent), named by the end of its id.</extracomment>
            <translation>‏{id} (هێشتا ناوی نییە)</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <extracomment>A device with no label, where its id is shown beside it (a column of its own, a line of its own).</extracomment>
            <translation>(هێشتا ناوی نییە)</translation>
        </message>
    </context>
    <context>
        <name>DevicePage</name>
        <message>
            <source>This laptop</source>
            <translation>ئەم لاپتۆپە</translation>
        </message>
        <message>
            <source>A name the coordinator will see for this device, e.g. "Basra laptop 2". Not a person's name.</source>
            <translation>ناوێک کە هەماهەنگکار بۆ ئەم ئامێرە دەیبینێت، بۆ نموونە «لاپتۆپی بەسرە 2». ناوی کەس مەنووسە.</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>ناوی &amp;ئامێر</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>ناوی ئامێر</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>&amp;ناوت</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>ناوت</translation>
        </message>
        <message>
            <source>Shown as the facilitator of new sessions and as the coder of your codings. You can change it in Settings.</source>
            <translation>وەک ئاسانکاری دانیشتنە نوێیەکان و کۆدکەری کۆدکردنەکانت پیشان دەدرێت. دەتوانیت لە ڕێکخستنەکاندا بیگۆڕیت.</translation>
        </message>
    </context>
    <context>
        <name>DevicesModel</name>
        <message>
            <source>Device</source>
            <translation>ئامێر</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ناسنامە</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>گۆڕانکارییە وەرگیراوەکان</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>ونبوو</translation>
        </message>
        <message>
            <source>The centre</source>
            <translation>ناوەند</translation>
        </message>
        <message>
            <source> (this computer)</source>
            <translation> (ئەم کۆمپیوتەرە)</translation>
        </message>
        <message>
            <source>sends team updates, not bundles</source>
            <translation>نوێکردنەوەی تیم دەنێرێت، نەک پاکێت</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>هێشتا هیچ</translation>
        </message>
        <message>
            <source>none</source>
            <translation>هیچ</translation>
        </message>
    </context>
    <context>
        <name>ErasureReportDialog</name>
        <message>
            <source>Excel workbook</source>
            <translation>پەڕگەی ⁦Excel⁩</translation>
        </message>
        <message>
            <source>REFI-QDA project</source>
            <translation>پڕۆژەی ⁦REFI-QDA⁩</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>‏⁦PDF⁩</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>پاکێت</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>کۆپیی یەدەگ</translation>
        </message>
        <message>
            <source>bundle on hold</source>
            <translation>پاکێتی ڕاگیراو بۆ پەسەندکردن</translation>
        </message>
        <message>
            <source>What the erasure cannot reach</source>
            <translation>ئەوەی سڕینەوەکە پێی ناگات</translation>
        </message>
        <message>
            <source>These files were made while the erased words existed. Majlis cannot reach them: delete them or replace them. The backups beside the database can be rewritten without the words.</source>
            <translation>ئەم پەڕگانە دروستکران کاتێک وشە سڕاوەکان هێشتا هەبوون. «مەجلیس» ناتوانێت پێیان بگات: بیانسڕەوە یان بیانگۆڕە. کۆپییە یەدەگەکانی تەنیشت بنکەی دراوەکە دەتوانرێت بەبێ وشەکان دووبارە بنووسرێنەوە.</translation>
        </message>
        <message>
            <source>No copy made while the erased words existed is left that Majlis knows of.</source>
            <translation>هیچ کۆپییەک کە مەجلیس بیناسێت و لە کاتی بوونی وشە سڕاوەکاندا دروست کرابێت نەماوە.</translation>
        </message>
        <message>
            <source>&amp;Rewrite the local backups without the words…</source>
            <translation>&amp;دووبارە نووسینەوەی کۆپییە یەدەگە ناوخۆییەکان بەبێ وشەکان…</translation>
        </message>
        <message>
            <source>Bundles on hold may hold erased words: they wait unapplied inside this database. Approve or reject each one on the Sync page to finish the erasure: approving applies the erasure to its rows; rejecting discards it.</source>
            <translation>لەوانەیە پاکێتە ڕاگیراوەکان وشەی سڕاوەیان تێدا بێت: لەناو ئەم بنکەدراوەیەدا چاوەڕێن و جێبەجێ نەکراون. بۆ تەواوکردنی سڕینەوەکە، لە پەڕەی هاوکاتکردنەوە هەر یەکێکیان پەسەند بکە یان ڕەتی بکەرەوە: پەسەندکردن سڕینەوەکە لە ڕیزەکانیدا جێبەجێ دەکات؛ ڕەتکردنەوە فڕێی دەدات.</translation>
        </message>
        <message>
            <source>Codes used on the erased words: their memo, examples or criteria may quote them. Read them on the Codebook page: %1</source>
            <translation>کۆدی بەکارهاتوو لەسەر قسە سڕاوەکان؛ لەوانەیە تێبینی، نموونە یان پێوەرەکانیان ئەو قسانە بهێننەوە. لە پەڕەی کتێبی کۆدەکان بیانخوێنەوە: %1</translation>
        </message>
        <message>
            <source>Codes used on the words of participants who withdrew consent to be quoted: their memo, examples or criteria may quote them, and exports include them. Read them on the Codebook page: %1</source>
            <translation>کۆدی بەکارهاتوو لەسەر قسەی بەشداربووانێک کە ڕەزامەندییان بۆ هێنانەوەی قسەکانیان کشاندەوە؛ لەوانەیە تێبینی، نموونە یان پێوەرەکانیان ئەو قسانە بهێننەوە، و هەناردەکراوەکان لەخۆیان دەگرن. لە پەڕەی کتێبی کۆدەکان بیانخوێنەوە: %1</translation>
        </message>
        <message>
            <source>Files the erasure cannot reach</source>
            <translation>ئەو پەڕگانەی سڕینەوەکە پێیان ناگات</translation>
        </message>
        <message>
            <source>%1 — received %2 — from %3, number %4</source>
            <translation>‏%1 — لە %2 گەیشت — لە ئامێری %3، ژمارە %4</translation>
        </message>
        <message>
            <source>Rewrite backups</source>
            <translation>دووبارە نووسینەوەی کۆپییە یەدەگەکان</translation>
        </message>
        <message>
            <source>The database passphrase (the backups use it too):</source>
            <translation>دەستەواژەی نهێنیی بنکەی دراوەکە (کۆپییە یەدەگەکانیش بەکاری دەهێنن):</translation>
        </message>
        <message>
            <source>No backup was rewritten: no passphrase was typed. Click Rewrite the local backups again and type the database passphrase.</source>
            <translation>هیچ کۆپییەکی یەدەگ دووبارە نەنووسرایەوە: هیچ دەستەواژەیەکی نهێنی نەنووسرا. دیسان کرتە لە «دووبارە نووسینەوەی کۆپییە یەدەگە ناوخۆییەکان» بکە و دەستەواژەی نهێنیی بنکەدراوەکە بنووسە.</translation>
        </message>
        <message>
            <source>Rewriting the backups…</source>
            <translation>کۆپییە یەدەگەکان دووبارە دەنووسرێنەوە…</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) rewritten without the words.</source>
            <translation>
                <numerusform>%n کۆپیی یەدەگ بەبێ وشەکان دووبارە نووسرایەوە.</numerusform>
                <numerusform>%n کۆپیی یەدەگ بەبێ وشەکان دووبارە نووسرانەوە.</numerusform>
            </translation>
        </message>
        <message>
            <source>The backups were not all rewritten: %1</source>
            <translation>هەموو کۆپییە یەدەگەکان دووبارە نەنووسرانەوە: %1</translation>
        </message>
        <message>
            <source>The backups were not rewritten: wrong passphrase, or a backup cannot be opened.</source>
            <translation>کۆپییە یەدەگەکان دووبارە نەنووسرانەوە: دەستەواژەی نهێنی هەڵەیە، یان کۆپییەک ناکرێتەوە.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFilters</name>
        <message>
            <source>from %1</source>
            <translation>لە %1ەوە</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>تا %1</translation>
        </message>
    </context>
    <context>
        <name>ExportLabels</name>
        <message>
            <source>Arabic</source>
            <translation>عەرەبی</translation>
        </message>
        <message>
            <source>Kurdish (Sorani)</source>
            <translation>کوردی (سۆرانی)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>ئینگلیزی</translation>
        </message>
        <message>
            <source>Take part</source>
            <translation>بەشداری</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>تۆماری دەنگ</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>وەرگرتنەکان</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>وێنە</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>هاوبەشکردن لەگەڵ تیم</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>پەیوەندی</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in the text</source>
            <translation>گەڕان لە دەقەکەدا</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>ئەنجامی پێشوو (⁦Shift+Enter⁩، ⁦Shift+F3⁩)</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>ئەنجامی پێشوو</translation>
        </message>
        <message>
            <source>Next match (Enter, F3)</source>
            <translation>ئەنجامی دواتر (⁦Enter⁩، ⁦F3⁩)</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>ئەنجامی دواتر</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>داخستنی شریتی گەڕان (⁦Esc⁩)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>داخستنی شریتی گەڕان</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>‏%1 لە %2</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>نەدۆزرایەوە</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Majlis: first start</source>
            <translation>مەجلیس: یەکەم دەستپێکردن</translation>
        </message>
        <message>
            <source>Creating the encrypted database…</source>
            <translation>بنکەدراوە شفرەکراوەکە دروست دەکرێت…</translation>
        </message>
        <message>
            <source>Majlis</source>
            <translation>مەجلیس</translation>
        </message>
        <message>
            <source>While this window was open, another Majlis window made a database in the same folder: %1. To work in it, close this window. Make a second, empty database anyway?</source>
            <translation>کاتێک ئەم پەنجەرەیە کراوە بوو، پەنجەرەیەکی تری مەجلیس بنکەدراوەیەکی لە هەمان بوخچەدا دروست کرد: %1. بۆ کارکردن تێیدا، ئەم پەنجەرەیە دابخە. هەر چۆنێک بێت بنکەدراوەیەکی دووەمی بەتاڵ دروست بکرێت؟</translation>
        </message>
        <message>
            <source>Majlis cannot write in the folder %1, where its database goes: the folder is read-only. Ask whoever helps you to make it writable, and try again.</source>
            <translation>مەجلیس ناتوانێت لە بوخچەی %1 بنووسێت، کە بنکەدراوەکەی تێدا دادەنرێت: بوخچەکە تەنیا بۆ خوێندنەوەیە. داوا لەو کەسە بکە کە یارمەتیت دەدات با بیکاتە بوخچەیەک کە دەکرێت تێیدا بنووسرێت، و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>Majlis could not make the folder for its database: %1 is a file, not a folder. Ask whoever helps you to move that file, and try again.</source>
            <translation>مەجلیس نەیتوانی بوخچەی بنکەدراوەکەی دروست بکات: %1 پەڕگەیە، نەک بوخچە. داوا لەو کەسە بکە کە یارمەتیت دەدات ئەو پەڕگەیە بگوازێتەوە، و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>Team created</source>
            <translation>تیمەکە دروستکرا</translation>
        </message>
        <message>
            <source>Give the team file to each facilitator: %1

Back up the team key and keep it secret: %2</source>
            <translation>پەڕگەی تیم بدە بە هەر ئاسانکارێک: %1

کۆپییەکی یەدەگی کلیلی تیم هەڵبگرە و بە نهێنی بیپارێزە: %2</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>تیم</translation>
        </message>
        <message>
            <source>The database was created, but the team could not be set up: %1
You can try again from the Sync page.</source>
            <translation>بنکەدراوەکە دروستکرا، بەڵام تیمەکە ڕێک نەخرا: %1
دەتوانیت لە پەڕەی هاوکاتکردنەوە دووبارە هەوڵ بدەیتەوە.</translation>
        </message>
    </context>
    <context>
        <name>FocusGroupEditor</name>
        <message>
            <source>This session could not be opened: %1</source>
            <translation>ئەم دانیشتنە نەکرایەوە: %1</translation>
        </message>
        <message>
            <source>This session could not be opened.</source>
            <translation>ئەم دانیشتنە نەکرایەوە.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>پاشەکەوت کرا.</translation>
        </message>
        <message>
            <source>Not saved: a speaker has no recorded consent. Change the speaker of that turn.</source>
            <translation>پاشەکەوت نەکرا: قسەکەرێک ڕەزامەندیی تۆمارکراوی نییە. قسەکەری ئەو قسەکردنە بگۆڕە.</translation>
        </message>
        <message>
            <source>This session is final and read-only: unlock it to edit.</source>
            <translation>ئەم دانیشتنە کۆتاییە و تەنیا بۆ خوێندنەوەیە: بۆ دەستکاریکردن قفڵەکەی بکەرەوە.</translation>
        </message>
        <message>
            <source>No participant was seated in this session.</source>
            <translation>هیچ بەشداربوویەک لەم دانیشتنەدا دانەنرا.</translation>
        </message>
        <message>
            <source>No participants yet. Press Add participant to seat the first: each is given a pseudonym.</source>
            <translation>هێشتا هیچ بەشداربوویەک نییە. «زیادکردنی بەشداربوو» دابگرە بۆ دانانی یەکەمیان: هەر یەکێک ناوێکی خوازراوی پێ دەدرێت.</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>کشا&amp;نەوە لە ڕەزامەندی…</translation>
        </message>
        <message>
            <source>Withdraw the selected participant's consent: quotes only, or everything (their words and identity are erased)</source>
            <translation>کشانەوەی ڕەزامەندیی بەشداربووی هەڵبژێردراو: تەنها هێنانەوەی وتە، یان هەموو شتێک (وشە و ناسنامەکەی دەسڕدرێنەوە)</translation>
        </message>
        <message>
            <source>Choose the governorate first: the pseudonym is made from it.</source>
            <translation>سەرەتا پارێزگا هەڵبژێرە: ناوی خوازراو لەوەوە دروست دەکرێت.</translation>
        </message>
        <message>
            <source>Added %1. Record their consent before they can be given speech.</source>
            <translation>‏%1 زیادکرا. پێش ئەوەی قسەی پێ بدرێت، ڕەزامەندییەکەی تۆمار بکە.</translation>
        </message>
        <message>
            <source>Remove %1 from this session? They will no longer sit in seat %2.</source>
            <translation>‏%1 لەم دانیشتنە لادەبرێت؟ چیتر لە کورسیی %2 دانانیشێت.</translation>
        </message>
        <message>
            <source>Remove a participant</source>
            <translation>لابردنی بەشداربوو</translation>
        </message>
        <message>
            <source>%1 was not removed: %2</source>
            <translation>‏⁦%1⁩ لانەبرا: %2</translation>
        </message>
        <message>
            <source>Not withdrawn: the transcript on screen could not be saved, and an erasure would miss its words. Try again once it is saved.</source>
            <translation>هیچ شتێک نەکشایەوە: ئەو دەقە نووسراوەی لەسەر شاشەیە پاشەکەوت نەکرا، و سڕینەوەکە وشەکانی لەدەست دەدات. دوای پاشەکەوتکردنی دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>%1 speaks in this transcript and stays in the session. Give those turns to another speaker first, or delete them.</source>
            <translation>‏⁦%1⁩ لەم دەقە نووسراوەدا قسە دەکات و لە دانیشتنەکەدا دەمێنێتەوە. سەرەتا ئەو قسانە بدە بە قسەکەرێکی تر، یان بیانسڕەوە.</translation>
        </message>
        <message>
            <source>Select a participant first.</source>
            <translation>سەرەتا بەشداربوویەک هەڵبژێرە.</translation>
        </message>
        <message>
            <source>Untitled focus group</source>
            <translation>گرووپی گفتوگۆی چڕی بێ ناونیشان</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>گەڕانەوە</translation>
        </message>
        <message>
            <source>Back to the sessions list (Esc)</source>
            <translation>گەڕانەوە بۆ لیستی دانیشتنەکان (⁦Esc⁩)</translation>
        </message>
        <message>
            <source>Back to the sessions list</source>
            <translation>گەڕانەوە بۆ لیستی دانیشتنەکان</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>&amp;زیادکردنی بەشداربوو</translation>
        </message>
        <message>
            <source>Add a participant to this focus group</source>
            <translation>بەشداربوویەک بۆ ئەم گرووپی گفتوگۆیە زیاد بکە</translation>
        </message>
        <message>
            <source>Re&amp;move from session</source>
            <translation>لابردن &amp;لە دانیشتن</translation>
        </message>
        <message>
            <source>Record &amp;consent…</source>
            <translation>&amp;تۆمارکردنی ڕەزامەندی…</translation>
        </message>
        <message>
            <source>Participants of this focus group</source>
            <translation>بەشداربووانی ئەم گرووپی گفتوگۆیە</translation>
        </message>
        <message>
            <source>Transcr&amp;ipt</source>
            <translation>&amp;دەقی نووسراوە</translation>
        </message>
        <message>
            <source>This session is no longer in the database.</source>
            <translation>ئەم دانیشتنە ئیتر لە بنکەدراوەکەدا نییە.</translation>
        </message>
        <message>
            <source>Not saved: a turn you changed was deleted elsewhere meanwhile (another window, majlis-cli or a team update). Copy your text, then close the session and open it again.</source>
            <translation>پاشەکەوت نەکرا: قسەکردنێک کە گۆڕیت لەو کاتەدا لە شوێنێکی ترەوە سڕایەوە (پەنجەرەیەکی تر، ⁦majlis-cli⁩ یان نوێکردنەوەی تیم). دەقەکەت کۆپی بکە، پاشان دانیشتنەکە دابخە و دووبارە بیکەرەوە.</translation>
        </message>
        <message>
            <source>Not saved. Your text is kept on screen.</source>
            <translation>پاشەکەوت نەکرا. دەقەکەت لەسەر شاشە دەمێنێتەوە.</translation>
        </message>
        <message>
            <source>Consent recorded for %1: they can be given speech.</source>
            <translation>ڕەزامەندیی %1 تۆمارکرا: ئێستا دەتوانرێت قسەی پێ بدرێت.</translation>
        </message>
        <message>
            <source>Recorded for %1: they decline to take part and cannot be given speech.</source>
            <translation>بۆ %1 تۆمار کرا: بەشداری ناکات و ناتوانرێت قسەی پێ بدرێت.</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>بەشد&amp;اربووان</translation>
        </message>
        <message>
            <source>Session &amp;details</source>
            <translation>&amp;وردەکاریی دانیشتن</translation>
        </message>
        <message>
            <source>Focus group sections</source>
            <translation>بەشەکانی گرووپی گفتوگۆ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
    </context>
    <context>
        <name>FocusGroupHeader</name>
        <message>
            <source>— choose —</source>
            <translation>— هەڵبژێرە —</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;ناونیشان</translation>
        </message>
        <message>
            <source>Dat&amp;e</source>
            <translation>بە&amp;روار</translation>
        </message>
        <message>
            <source>Start (HH:MM)</source>
            <translation>کاتی دەستپێک (کاتژمێر:خولەک)</translation>
        </message>
        <message>
            <source>End (HH:MM)</source>
            <translation>کاتی کۆتایی (کاتژمێر:خولەک)</translation>
        </message>
        <message>
            <source>&amp;Governorate</source>
            <translation>پارێز&amp;گا</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;زمان</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>&amp;ئاسانکار</translation>
        </message>
        <message>
            <source>&amp;Note-taker</source>
            <translation>&amp;تێبینینووس</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Majlis help</source>
            <translation>یارمەتیی مەجلیس</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>&amp;ناوەڕۆک</translation>
        </message>
        <message>
            <source>Help topics</source>
            <translation>بابەتەکانی یارمەتی</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>دەقی یارمەتی</translation>
        </message>
    </context>
    <context>
        <name>ImportBar</name>
        <message>
            <source>An import changed this session: choose Show theirs or Keep mine first.</source>
            <translation>هاوردەکردنێک ئەم دانیشتنەی گۆڕی: سەرەتا «وەشانی هاوردەکراو پیشان بدە» یان «وەشانی خۆم بهێڵەوە» هەڵبژێرە.</translation>
        </message>
        <message>
            <source>This session was changed by an import. What you typed here is not saved yet.</source>
            <translation>ئەم دانیشتنە بە هاوردەکردنێک گۆڕدرا. ئەوەی لێرە نووسیوتە هێشتا پاشەکەوت نەکراوە.</translation>
        </message>
        <message>
            <source>Show t&amp;heirs</source>
            <translation>وەشانی &amp;هاوردەکراو پیشان بدە</translation>
        </message>
        <message>
            <source>Show the session as the import left it; what you typed here since it was last saved is dropped</source>
            <translation>دانیشتنەکە وەک هاوردەکردنەکە بەجێی هێشتووە پیشان بدە؛ ئەوەی لێرە لە دوایین پاشەکەوتەوە نووسیوتە فڕێ دەدرێت</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>وەشانی &amp;خۆم بهێڵەوە</translation>
        </message>
        <message>
            <source>Save what you typed here; what the import changed elsewhere in the session stays</source>
            <translation>ئەوەی لێرە نووسیوتە پاشەکەوت بکە؛ ئەوەی هاوردەکردنەکە لە بەشەکانی تری دانیشتنەکەدا گۆڕیویەتی دەمێنێتەوە</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <source>Looking for bundles in the folder…</source>
            <translation>گەڕان بەدوای پاکێتەکان لە بوخچەکەدا…</translation>
        </message>
        <message>
            <source>Stopping before any file is imported…</source>
            <translation>پێش هاوردەکردنی هیچ پەڕگەیەک دەوەستێت…</translation>
        </message>
        <message>
            <source>Looking at the chosen files…</source>
            <translation>سەیرکردنی ئەو پەڕگانەی هەڵبژێردراون…</translation>
        </message>
        <message numerus="yes">
            <source>Stopping after the file being read (%1 of %n file(s) done)…</source>
            <translation>
                <numerusform>دوای ئەو پەڕگەیەی دەخوێندرێتەوە دەوەستێت (%1 لە %n پەڕگە تەواو بوو)…</numerusform>
                <numerusform>دوای ئەو پەڕگەیەی دەخوێندرێتەوە دەوەستێت (%1 لە %n پەڕگە تەواو بوو)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n file(s)</source>
            <translation>
                <numerusform>‏%1 لە %n پەڕگە</numerusform>
                <numerusform>‏%1 لە %n پەڕگە</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Majlis met an error it did not expect.</source>
            <translation>مەجلیس تووشی هەڵەیەک بوو کە چاوەڕوان نەدەکرا.</translation>
        </message>
        <message>
            <source>Import cancelled before any file was read: nothing was imported. Choose the files or the folder again to import them.</source>
            <translation>هاوردەکردن پێش خوێندنەوەی هیچ پەڕگەیەک هەڵوەشایەوە: هیچ شتێک هاوردە نەکرا. بۆ هاوردەکردنیان دیسان پەڕگەکان یان بوخچەکە هەڵبژێرە.</translation>
        </message>
        <message>
            <source>No bundle files were found in the folder.</source>
            <translation>هیچ پەڕگەیەکی پاکێت لە بوخچەکەدا نەدۆزرایەوە.</translation>
        </message>
        <message>
            <source>Imported: {imported}, already present: {present}, held for approval: {held}, already waiting for approval: {waiting}, refused: {refused}.</source>
            <translation>هاوردەکراو: {imported}، پێشتر هەبوو: {present}، بۆ پەسەندکردن ڕاگیراو: {held}، پێشتر چاوەڕێی پەسەندکردن: {waiting}، ڕەتکراوە: {refused}.</translation>
        </message>
        <message>
            <source>Imported: {imported}, already present: {present}, held for approval: {held}, refused: {refused}.</source>
            <translation>هاوردەکراو: {imported}، پێشتر هەبوو: {present}، بۆ پەسەندکردن ڕاگیراو: {held}، ڕەتکراوە: {refused}.</translation>
        </message>
        <message>
            <source>Import stopped: {reason} The files imported before it are kept. Files read: {done} of {chosen}; not read yet: {left} (import them again once this is put right: the files already imported are recognised).</source>
            <translation>هاوردەکردن وەستا: {reason} ئەو پەڕگانەی پێش ئەوە هاوردە کران دەمێننەوە. پەڕگە خوێندراوەکان: {done} لە {chosen}؛ هێشتا نەخوێندراوەکان: {left} (دوای چاککردنی ئەمە دیسان هاوردەیان بکەرەوە: پەڕگە هاوردەکراوەکان دەناسرێنەوە).</translation>
        </message>
        <message>
            <source>Import cancelled. Files read: {done} of {chosen}; not read yet: {left} (choose them again to go on: the files already imported are recognised).</source>
            <translation>هاوردەکردن هەڵوەشایەوە. پەڕگە خوێندراوەکان: {done} لە {chosen}؛ هێشتا نەخوێندراوەکان: {left} (بۆ بەردەوامبوون دیسان هەڵیانبژێرەوە: پەڕگە هاوردەکراوەکان دەناسرێنەوە).</translation>
        </message>
        <message>
            <source>Import finished. Files: {chosen}.</source>
            <translation>هاوردەکردن تەواو بوو. پەڕگەکان: {chosen}.</translation>
        </message>
        <message>
            <source>New conflicts: {conflicts}. Two laptops changed the same text: decide each under Open conflicts.</source>
            <translation>ناکۆکیی نوێ: {conflicts}. دوو لاپتۆپ هەمان دەقیان گۆڕیوە: لە ژێر «ناکۆکییە چارەسەرنەکراوەکان» بڕیار لەسەر هەر یەکەیان بدە.</translation>
        </message>
        <message>
            <source>The refused and held files are listed first under Results.</source>
            <translation>پەڕگە ڕەتکراوە و ڕاگیراوەکان لە سەرەتای ئەنجامەکاندا نووسراون.</translation>
        </message>
        <message>
            <source>Which files were refused or held is said again when they are chosen again.</source>
            <translation>ئەو پەڕگانەی ڕەتکرانەوە یان ڕاگیران، کاتێک دووبارە هەڵدەبژێردرێنەوە دیسان دەوترێنەوە.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>Show the refused and held files</source>
            <translation>پیشاندانی پەڕگە ڕەتکراوە و ڕاگیراوەکان</translation>
        </message>
    </context>
    <context>
        <name>ImportTextDialog</name>
        <message>
            <source>Import a transcript typed elsewhere</source>
            <translation>هاوردەکردنی دەقی نووسراوەی گفتوگۆ کە لە شوێنێکی تر نووسراوە</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>&amp;هەڵبژاردنی پەڕگە…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>سڕینەوە</translation>
        </message>
        <message>
            <source>Empty the box, to type or paste another text</source>
            <translation>سندووقەکە بەتاڵ بکەرەوە بۆ نووسین یان لکاندنی دەقێکی تر</translation>
        </message>
        <message>
            <source>Paste the transcript here, one turn a line, such as «P3: …», «Facilitator: …» or «[00:12:34] P2: …»; a line without a speaker continues the turn above it. A chat exported from WhatsApp is read message by message, its senders as the speakers.</source>
            <translation>دەقەکە لێرە بلکێنە، هەر قسەکردنێک لە دێڕێکدا، وەک «⁦P3: …⁩»، «ئاسانکار: …» یان «⁦[00:12:34] P2: …⁩»؛ دێڕێک کە قسەکەری تێدا نییە درێژەی قسەکردنەکەی سەرەوەیەتی. گفتوگۆیەک کە لە واتسئاپەوە هەناردە کراوە نامە بە نامە دەخوێندرێتەوە و نێرەرەکانی دەبنە قسەکەر.</translation>
        </message>
        <message>
            <source>This text is too long to show whole: above is its beginning, which cannot be edited here. The turns below are from the whole text, and all of it will be imported.</source>
            <translation>ئەم دەقە زۆر درێژە و بە تەواوی پیشان نادرێت: ئەوەی سەرەوە سەرەتاکەیەتی و لێرە دەستکاری ناکرێت. ئەو قسەکردنانەی خوارەوە لە هەموو دەقەکەوە وەرگیراون، و هەموو دەقەکە هاوردە دەکرێت.</translation>
        </message>
        <message>
            <source>Transcript text to import</source>
            <translation>دەقی نووسراوەی گفتوگۆ بۆ هاوردەکردن</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ها&amp;وردەکردن</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>نیشانە</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>قسەکردنەکان</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>قسەکەر</translation>
        </message>
        <message>
            <source>Speaker labels found</source>
            <translation>ئەو نیشانانەی قسەکەر کە دۆزرانەوە</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>کات</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
        <message>
            <source>Turns to add</source>
            <translation>ئەو قسەکردنانەی زیاد دەکرێن</translation>
        </message>
        <message>
            <source>Transcript text</source>
            <translation>دەقی نووسراوەی گفتوگۆ</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>پەڕگەی دەق ‎(*.txt);;هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>پەڕگەکە دەخوێنرێتەوە…</translation>
        </message>
        <message>
            <source>Not imported: this is a folder, not a text file.</source>
            <translation>هاوردە نەکرا: ئەمە بوخچەیەکە، نەک پەڕگەی دەق.</translation>
        </message>
        <message>
            <source>This file could not be read.</source>
            <translation>ئەم پەڕگەیە نەخوێنرایەوە.</translation>
        </message>
        <message>
            <source>The file was read as %1.</source>
            <translation>پەڕگەکە بە کۆدکردنی %1 خوێنرایەوە.</translation>
        </message>
        <message>
            <source>Not imported: the text is larger than %1 MB.</source>
            <translation>هاوردە نەکرا: دەقەکە لە %1 مێگابایت گەورەترە.</translation>
        </message>
        <message>
            <source>Not imported: this is not a text file.</source>
            <translation>هاوردە نەکرا: ئەمە پەڕگەی دەق نییە.</translation>
        </message>
        <message>
            <source>Not imported: this is the team's key file, not a transcript. Keep it private.</source>
            <translation>هاوردە نەکرا: ئەمە پەڕگەی کلیلی تیمە، نەک دەقی نووسراوەی گفتوگۆ. بە نهێنی بیپارێزە.</translation>
        </message>
        <message>
            <source>This does not look like a transcript with speakers: more than %1 different labels begin lines with a colon. Each turn begins with its speaker, such as «P3: …».</source>
            <translation>ئەمە وەک دەقی نووسراوەی گفتوگۆیەک بە قسەکەرەوە نایەتە بەرچاو: زیاتر لە %1 نیشانەی جیاواز بە دوو خاڵەوە سەرەتای دێڕەکانن. هەر قسەکردنێک بە قسەکەرەکەی دەست پێدەکات، وەک «⁦P3: …⁩».</translation>
        </message>
        <message>
            <source>There is no text to import.</source>
            <translation>هیچ دەقێک نییە بۆ هاوردەکردن.</translation>
        </message>
        <message>
            <source>Reading the text…</source>
            <translation>دەقەکە دەخوێنرێتەوە…</translation>
        </message>
        <message>
            <source>(text before the first speaker)</source>
            <translation>(دەقی پێش یەکەم قسەکەر)</translation>
        </message>
        <message>
            <source>Speaker for %1</source>
            <translation>قسەکەری «%1»</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>هەڵبژاردن…</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Seat %1: %2</source>
            <translation>کورسیی %1: %2</translation>
        </message>
        <message>
            <source>%1 — no consent</source>
            <translation>‏%1 — بێ ڕەزامەندی</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>پشتگوێخستن</translation>
        </message>
        <message>
            <source>No speaker: text of the turn above</source>
            <translation>قسەکەر نییە: بەشێکە لە دەقی قسەکردنی سەرەوە</translation>
        </message>
        <message>
            <source>No turns found: each turn begins with its speaker and a colon, such as «P3: …».</source>
            <translation>هیچ قسەکردنێک نەدۆزرایەوە: هەر قسەکردنێک بە قسەکەرەکەی و دوو خاڵ دەست پێدەکات، وەک «⁦P3: …⁩».</translation>
        </message>
        <message>
            <source>Turns to add: %1. Choose the speaker of each label marked «Choose…».</source>
            <translation>قسەکردنەکان بۆ زیادکردن: %1. قسەکەری هەر نیشانەیەک کە «هەڵبژاردن…»ی لەسەرە دیاری بکە.</translation>
        </message>
        <message>
            <source>Turns to add after the existing ones: %1.</source>
            <translation>قسەکردنەکان بۆ زیادکردن دوای ئەوانەی هەن: %1.</translation>
        </message>
        <message>
            <source>Turns imported: %1.</source>
            <translation>قسەکردنە هاوردەکراوەکان: %1.</translation>
        </message>
        <message>
            <source>Nothing was imported: a speaker has no recorded consent.</source>
            <translation>هیچ هاوردە نەکرا: قسەکەرێک ڕەزامەندیی تۆمارکراوی نییە.</translation>
        </message>
        <message>
            <source>Nothing was imported: this session is final and read-only.</source>
            <translation>هیچ هاوردە نەکرا: ئەم دانیشتنە کۆتاییە و تەنیا بۆ خوێندنەوەیە.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>هیچ هاوردە نەکرا: %1</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join a team</source>
            <translation>چوونە ناو تیم</translation>
        </message>
        <message>
            <source>Your coordinator gives you the team file (it ends in .majlis-team).</source>
            <translation>هەماهەنگکارەکەت پەڕگەی تیمەکەت پێدەدات (کۆتاییەکەی ⁦.majlis-team⁩ ـە).</translation>
        </message>
        <message>
            <source>Team &amp;file:</source>
            <translation>پەڕ&amp;گەی تیم:</translation>
        </message>
        <message>
            <source>Team file</source>
            <translation>پەڕگەی تیم</translation>
        </message>
        <message>
            <source>&amp;Choose team file…</source>
            <translation>&amp;هەڵبژاردنی پەڕگەی تیم…</translation>
        </message>
        <message>
            <source>&amp;Join this team</source>
            <translation>چوونە &amp;ناو ئەم تیمە</translation>
        </message>
        <message>
            <source>What you have already recorded on this laptop stays, and travels to the team in the first bundle you export.</source>
            <translation>ئەوەی پێشتر لەم لاپتۆپەدا تۆمارت کردووە دەمێنێتەوە، و لە یەکەم پاکێتدا کە هەناردەی دەکەیت دەگاتە تیمەکە.</translation>
        </message>
        <message numerus="yes">
            <source>You drafted %n recommendation(s) on this laptop while working alone. In a team, recommendations are made by the coordinators: yours stay on this laptop as local drafts and are not sent. To propose one, give a coordinator its evidence brief.</source>
            <translation>
                <numerusform>ڕاسپاردەیەکت لەسەر ئەم لاپتۆپە نووسی کاتێک بە تەنها کارت دەکرد. لە تیمدا هەماهەنگکاران ڕاسپاردەکان دادەنێن: ڕاسپاردەکەت وەک ڕەشنووسی ناوخۆیی لەسەر ئەم لاپتۆپە دەمێنێتەوە و نانێردرێت. بۆ پێشنیارکردنی، کورتەی بەڵگەکانی بدە بە هەماهەنگکارێک.</numerusform>
                <numerusform>%n ڕاسپاردەت لەسەر ئەم لاپتۆپە نووسی کاتێک بە تەنها کارت دەکرد. لە تیمدا هەماهەنگکاران ڕاسپاردەکان دادەنێن: ڕاسپاردەکانت وەک ڕەشنووسی ناوخۆیی لەسەر ئەم لاپتۆپە دەمێننەوە و نانێردرێن. بۆ پێشنیارکردنی یەکێکیان، کورتەی بەڵگەکانی بدە بە هەماهەنگکارێک.</numerusform>
            </translation>
        </message>
        <message>
            <source>Majlis team files (*.majlis-team);;All files (*)</source>
            <translation>پەڕگەکانی تیمی مەجلیس ‎(*.majlis-team);;هەموو پەڕگەکان (*)</translation>
        </message>
    </context>
    <context>
        <name>KeyFilePassphraseDialog</name>
        <message>
            <source>Export team key</source>
            <translation>هەناردەکردنی کلیلی تیم</translation>
        </message>
        <message>
            <source>The team key opens every bundle the laptops send. The file is protected by the passphrase typed here: give it to the second coordinator apart from the file (by phone, not on the same USB stick).</source>
            <translation>کلیلی تیم هەموو ئەو پاکێتانە دەکاتەوە کە لاپتۆپەکان دەینێرن. پەڕگەکە بەو دەستەواژە نهێنییە پارێزراوە کە لێرە دەینووسیت: جیا لە پەڕگەکە بیدە بە هەماهەنگکاری دووەم (بە تەلەفۆن، نەک لەسەر هەمان فلاشی ⁦USB⁩).</translation>
        </message>
        <message>
            <source>&amp;Passphrase for the key file:</source>
            <translation>&amp;دەستەواژەی نهێنیی پەڕگەی کلیل:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>دووبار&amp;ەی بکەرەوە:</translation>
        </message>
        <message>
            <source>Passphrase for the key file</source>
            <translation>دەستەواژەی نهێنیی پەڕگەی کلیل</translation>
        </message>
        <message>
            <source>Repeat the passphrase for the key file</source>
            <translation>دەستەواژەی نهێنیی پەڕگەی کلیل دووبارە بکەرەوە</translation>
        </message>
        <message>
            <source>&amp;Write the key file</source>
            <translation>نووسینی پەڕگەی &amp;کلیل</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>هەڵوەشاندنەوە</translation>
        </message>
        <message>
            <source>The passphrase holds an invisible character that no passphrase can hold (a paste can bring one): type it with the keyboard instead. Nothing was written.</source>
            <translation>دەستەواژە نهێنییەکە نیشانەیەکی نەبینراوی تێدایە کە هیچ دەستەواژەیەکی نهێنی ناتوانێت هەڵیبگرێت (لکاندن دەتوانێت بیهێنێت): لە جیاتی ئەوە بە تەختەکلیل بینووسە. هیچ شتێک نەنووسرا.</translation>
        </message>
        <message>
            <source>The passphrase is too weak: use at least 8 characters. Nothing was written.</source>
            <translation>دەستەواژە نهێنییەکە زۆر لاوازە: لانیکەم 8 پیت بەکاربهێنە. هیچ شتێک نەنووسرا.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Nothing was written.</source>
            <translation>دوو دەستەواژە نهێنییەکە جیاوازن. هیچ شتێک نەنووسرا.</translation>
        </message>
    </context>
    <context>
        <name>KeyPassphraseDialog</name>
        <message>
            <source>Team key passphrase</source>
            <translation>دەستەواژەی نهێنیی کلیلی تیم</translation>
        </message>
        <message>
            <source>The team key file {file} is protected by a passphrase. Type the passphrase it was exported with (not this database's passphrase):</source>
            <translation>پەڕگەی کلیلی تیم {file} بە دەستەواژەیەکی نهێنی پارێزراوە. ئەو دەستەواژە نهێنییە بنووسە کە پێی هەناردە کراوە (نەک دەستەواژەی نهێنیی ئەم بنکەدراوەیە):</translation>
        </message>
        <message>
            <source>Passphrase of the team key file</source>
            <translation>دەستەواژەی نهێنیی پەڕگەی کلیلی تیم</translation>
        </message>
        <message>
            <source>Type the passphrase of the team key file first.</source>
            <translation>سەرەتا دەستەواژەی نهێنیی پەڕگەی کلیلی تیم بنووسە.</translation>
        </message>
        <message>
            <source>This passphrase does not open the key file. Type it again, or cancel.</source>
            <translation>ئەم دەستەواژە نهێنییە پەڕگەی کلیلەکە ناکاتەوە. دووبارە بینووسە، یان هەڵیبوەشێنەوە.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Majlis</source>
            <translation>بەخێربێیت بۆ مەجلیس</translation>
        </message>
        <message>
            <source>Choose the language of the interface. You can change it later.</source>
            <translation>زمانی ڕووکار هەڵبژێرە. دواتر دەتوانیت بیگۆڕیت.</translation>
        </message>
        <message>
            <source>The database opened last is not there: %1. If it is on a USB stick or another drive, connect it and start Majlis again. Go on only to make a new, empty database.</source>
            <translation>ئەو بنکەدراوەیەی دوایین جار کرایەوە لەوێ نییە: %1. ئەگەر لەسەر فلاشی ⁦USB⁩ یان دیسکێکی ترە، بیبەستەوە و مەجلیس دووبارە بکەرەوە. تەنها بۆ دروستکردنی بنکەدراوەیەکی نوێی بەتاڵ بەردەوام بە.</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;ناونیشان:</translation>
        </message>
        <message>
            <source>Te&amp;xt of the form:</source>
            <translation>&amp;دەقی فۆڕم:</translation>
        </message>
        <message>
            <source>What the &amp;signature means:</source>
            <translation>واتای &amp;واژۆ:</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>بەندەکان</translation>
        </message>
    </context>
    <context>
        <name>LifecycleBar</name>
        <message>
            <source>Finalise</source>
            <translation>کۆتاییهێنان</translation>
        </message>
        <message>
            <source>A final session becomes read-only</source>
            <translation>دانیشتنی کۆتایی تەنیا بۆ خوێندنەوە دەبێت</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>کردنەوەی &amp;قفڵ…</translation>
        </message>
        <message>
            <source>Unlocking needs a reason, kept in the audit trail</source>
            <translation>کردنەوەی قفڵ پێویستی بە هۆکارێکە کە لە تۆماری چاودێریدا دەپارێزرێت</translation>
        </message>
        <message>
            <source>Audit t&amp;rail</source>
            <translation>ت&amp;ۆماری چاودێری</translation>
        </message>
        <message>
            <source>Show who changed what and when</source>
            <translation>پیشاندانی ئەوەی کێ چی گۆڕیوە و کەی</translation>
        </message>
        <message>
            <source>This session cannot be finalised yet: see the list above.</source>
            <translation>هێشتا ناتوانرێت کۆتایی بەم دانیشتنە بهێنرێت: سەیری لیستەکەی سەرەوە بکە.</translation>
        </message>
        <message>
            <source>Finalised: the session is now read-only.</source>
            <translation>کۆتایی پێهێنرا: دانیشتنەکە ئێستا تەنیا بۆ خوێندنەوەیە.</translation>
        </message>
        <message>
            <source>Unlocked: the reason is kept in the audit trail.</source>
            <translation>قفڵ کرایەوە: هۆکارەکە لە تۆماری چاودێریدا پارێزرا.</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>Cleared when Majlis locked: type the passphrase again.</source>
            <translation>مەجلیس قفڵ کرا و سڕایەوە: دووبارە بینووسەوە.</translation>
        </message>
    </context>
    <context>
        <name>LongTextLimit</name>
        <message>
            <source>This text is at its longest: what went past the end was not added.</source>
            <translation>ئەم دەقە گەیشتووەتە درێژترین قەبارەی خۆی: ئەوەی لە کۆتاییەکە تێپەڕی زیاد نەکرا.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This database is an older copy of what this laptop had already sent. A new numbering has started, so the centre accepts the new work.</source>
            <translation>ئەم بنکەدراوەیە کۆپییەکی کۆنترە لەوەی ئەم لاپتۆپە پێشتر ناردوویەتی. ژمارەکردنێکی نوێ دەستی پێکرد، بۆیە ناوەند کارە نوێیەکە وەردەگرێت.</translation>
        </message>
        <message>
            <source>Majlis</source>
            <translation>مەجلیس</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>پ&amp;ەڕگە</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>پی&amp;شاندان</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;زمان</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;هەناردەکردن بۆ ⁦Excel⁩…</translation>
        </message>
        <message>
            <source>Export REFI-QDA &amp;project…</source>
            <translation>هەناردەکردنی پ&amp;رۆژەی ⁦REFI-QDA⁩…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;قفڵکردن</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;دەرچوون</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>یار&amp;مەتی</translation>
        </message>
        <message>
            <source>Help &amp;contents</source>
            <translation>&amp;ناوەڕۆکی یارمەتی</translation>
        </message>
        <message>
            <source>Help for &amp;this page</source>
            <translation>یارمەتی بۆ &amp;ئەم پەڕەیە</translation>
        </message>
        <message>
            <source>&amp;About Majlis…</source>
            <translation>&amp;دەربارەی مەجلیس…</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>پەڕەکان</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>دانیشتنەکان</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>بەشداربووان</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ڕێکخراوەکان</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>کتێبی کۆدەکان</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ڕەزامەندی</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>هاوکاتکردن</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>ڕاپۆرتەکان</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>ڕاسپاردەکان</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ڕێکخستنەکان</translation>
        </message>
        <message>
            <source>This kind of session cannot be opened in this version yet.</source>
            <translation>ئەم جۆرە دانیشتنە هێشتا لەم وەشانەدا ناکرێتەوە.</translation>
        </message>
        <message>
            <source>This session is no longer in the database.</source>
            <translation>ئەم دانیشتنە ئیتر لە بنکەدراوەکەدا نییە.</translation>
        </message>
        <message>
            <source>&amp;Show the text not saved</source>
            <translation>&amp;دەقی پاشەکەوتنەکراو پیشان بدە</translation>
        </message>
        <message>
            <source>What was typed in the open session since its last save is kept on screen: enter the passphrase to see it and copy it.</source>
            <translation>ئەوەی لە دانیشتنە کراوەکەدا لە دوایین پاشەکەوتەوە نووسرا هێشتا لەسەر شاشەکەیە: دەستەواژەی نهێنی بنووسە بۆ ئەوەی بیبینیت و لەبەری بگریتەوە.</translation>
        </message>
        <message>
            <source>The passphrase was changed just before Majlis locked: enter the new passphrase.</source>
            <translation>دەستەواژەی نهێنی کەمێک پێش قفڵبوونی مەجلیس گۆڕدرا: دەستەواژە نهێنییە نوێیەکە بنووسە.</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>هەناردەکردن بۆ ⁦Excel⁩</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>پەڕگەی ⁦Excel⁩ ‎(*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>هەناردە دەکرێت…</translation>
        </message>
        <message>
            <source>Excel workbook written: %1</source>
            <translation>پەڕگەی ⁦Excel⁩ نووسرا: %1</translation>
        </message>
        <message>
            <source>An export is already running. Wait for it to finish, or cancel it, then export again.</source>
            <translation>هەناردەکردنێک لە کاردایە. چاوەڕێ بکە تا تەواو دەبێت، یان هەڵیبوەشێنەوە، پاشان دووبارە هەناردە بکە.</translation>
        </message>
        <message>
            <source>Too late to cancel: the export was already saved. %1</source>
            <translation>بۆ هەڵوەشاندنەوە درەنگ بوو: هەناردەکە پێشتر پاشەکەوت کرابوو. %1</translation>
        </message>
        <message>
            <source>Export cancelled: nothing was written to the folder.</source>
            <translation>هەناردەکردن هەڵوەشایەوە: هیچ لە بوخچەکەدا نەنووسرا.</translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>هەناردەکردن سەرنەکەوت: %1</translation>
        </message>
        <message>
            <source>Export REFI-QDA project</source>
            <translation>هەناردەکردنی پرۆژەی ⁦REFI-QDA⁩</translation>
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>پرۆژەی ⁦REFI-QDA⁩ ‎(*.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA project written: %1</source>
            <translation>پرۆژەی ⁦REFI-QDA⁩ نووسرا: %1</translation>
        </message>
        <message>
            <source>Device: %1</source>
            <translation>ئامێر: %1</translation>
        </message>
        <message>
            <source>Team: %1</source>
            <translation>تیم: %1</translation>
        </message>
        <message>
            <source>Working alone</source>
            <translation>بە تەنها کار دەکات</translation>
        </message>
        <message>
            <source>Demo database</source>
            <translation>بنکەدراوەی تاقیکاری</translation>
        </message>
        <message>
            <source>Sample sessions in a throwaway database: it is deleted when Majlis closes.</source>
            <translation>دانیشتنی نموونە لە بنکەدراوەیەکی کاتیدا: کاتێک مەجلیس دادەخرێت دەسڕێتەوە.</translation>
        </message>
        <message>
            <source>Unsent changes: %1</source>
            <translation>گۆڕانکاریی نەنێردراو: %1</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>هەڵوەشاندنەوە</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>هەڵوەشاندنەوەی هەناردەکردن</translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message>
            <source>Segments</source>
            <translation>بڕگەکان</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>بەشداربووان</translation>
        </message>
        <message>
            <source>&amp;Percent of column</source>
            <translation>ڕێ&amp;ژە لە ستوون</translation>
        </message>
        <message>
            <source>Show each cell as a share of its column's total</source>
            <translation>هەر خانەیەک وەک ڕێژەیەک لە کۆی ستوونەکەی پیشان بدە</translation>
        </message>
        <message>
            <source>Compare by</source>
            <translation>بەراورد بەپێی</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>ژمارە</translation>
        </message>
        <message>
            <source>Build matrix</source>
            <translation>دروستکردنی خشتە</translation>
        </message>
        <message>
            <source>Matrix as &amp;image…</source>
            <translation>خشتە وەک &amp;وێنە…</translation>
        </message>
        <message>
            <source>&amp;Chart as image…</source>
            <translation>&amp;هێڵکاری وەک وێنە…</translation>
        </message>
        <message>
            <source>Matrix and chart to &amp;Excel…</source>
            <translation>&amp;خشتە و هێڵکاری بۆ ⁦Excel⁩…</translation>
        </message>
        <message>
            <source>Code by attribute matrix</source>
            <translation>خشتەی کۆد بەپێی تایبەتمەندی</translation>
        </message>
        <message>
            <source>Bar chart of the selected code</source>
            <translation>هێڵکاریی ستوونیی کۆدی دیاریکراو</translation>
        </message>
        <message>
            <source>Build the matrix: its chart shows here. Click a row to chart that code.</source>
            <translation>خشتەکە دروست بکە: هێڵکارییەکەی لێرەدا دەردەکەوێت. کرتە لە ڕیزێک بکە بۆ هێڵکاریی ئەو کۆدە.</translation>
        </message>
        <message>
            <source>Segments in the selected cell</source>
            <translation>بڕگەکانی خانەی دیاریکراو</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>کۆ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>All codes</source>
            <translation>هەموو کۆدەکان</translation>
        </message>
        <message>
            <source>%1 by %2: %3</source>
            <translation>‏%1 بەپێی %2: %3</translation>
        </message>
        <message>
            <source>Share of the column</source>
            <translation>ڕێژە لە ستوون</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>پاشەکەوتکردن وەک</translation>
        </message>
        <message>
            <source>Image (*.png)</source>
            <translation>وێنە ‎(*.png)</translation>
        </message>
        <message>
            <source>The image could not be saved.</source>
            <translation>وێنەکە پاشەکەوت نەکرا.</translation>
        </message>
        <message>
            <source>The workbook could not be saved.</source>
            <translation>پەڕگەی ⁦Excel⁩ پاشەکەوت نەکرا.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>‏%1 پاشەکەوت کرا</translation>
        </message>
        <message>
            <source>Click a cell of the matrix to list its coded segments here.</source>
            <translation>کرتە لە خانەیەکی خشتەکە بکە بۆ ئەوەی بڕگە کۆدکراوەکانی لێرە ڕیز بکرێن.</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>‏%1 بەپێی %2</translation>
        </message>
        <message>
            <source>every code</source>
            <translation>هەموو کۆدەکان</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>خشتە</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>هێڵکاری</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>پەڕگەی ⁦Excel⁩ ‎(*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>MemoBox</name>
        <message>
            <source>The coding this memo was written for was removed elsewhere: the memo was not saved.</source>
            <translation>ئەو کۆدکردنەی ئەم تێبینییەی بۆ نووسرابوو لە شوێنێکی ترەوە لابرا: تێبینییەکە پاشەکەوت نەکرا.</translation>
        </message>
        <message>
            <source>The coding this memo was being written for was removed elsewhere: the memo was not saved. It stays in the box until you choose another coding; copy it if you need it.</source>
            <translation>ئەو کۆدکردنەی ئەم تێبینییەی بۆ دەنووسرا لە شوێنێکی ترەوە لابرا: تێبینییەکە پاشەکەوت نەکرا. تا کۆدکردنێکی تر هەڵدەبژێریت لە سندووقەکەدا دەمێنێتەوە؛ ئەگەر پێویستت پێیەتی کۆپیی بکە.</translation>
        </message>
        <message>
            <source>The coding it was written for was removed meanwhile.</source>
            <translation>ئەو کۆدکردنەی بۆی نووسرابوو لەو ماوەیەدا لابرا.</translation>
        </message>
        <message>
            <source>Memo not saved</source>
            <translation>تێبینییەکە پاشەکەوت نەکرا</translation>
        </message>
        <message>
            <source>The memo could not be saved. %1 Close the window without it? Cancel keeps the window open with the memo in it.</source>
            <translation>تێبینییەکە پاشەکەوت نەکرا. %1 پەنجەرەکە بەبێ ئەو دابخرێت؟ «هەڵوەشاندنەوە» پەنجەرەکە بە تێبینییەکەوە کراوە دەهێڵێتەوە.</translation>
        </message>
    </context>
    <context>
        <name>NewKeyButton</name>
        <message>
            <source>New signing key…</source>
            <translation>کلیلی واژۆی نوێ…</translation>
        </message>
        <message>
            <source>Make a new signing key</source>
            <translation>دروستکردنی کلیلی واژۆی نوێ</translation>
        </message>
        <message>
            <source>New signing key</source>
            <translation>کلیلی واژۆی نوێ</translation>
        </message>
        <message>
            <source>Make a new signing key? Only when your coordinator says the centre revoked this laptop's key (a backup of a lost or stolen laptop restored on this one).
Everything recorded here goes again in your next bundles; they wait at the centre until the coordinator approves the new key, once you have read its fingerprint on the phone.</source>
            <translation>کلیلی واژۆی نوێ دروست بکرێت؟ تەنها کاتێک هەماهەنگکارەکەت دەڵێت ناوەندەکە کلیلی ئەم لاپتۆپەی هەڵوەشاندووەتەوە (پاشەکەوتی لاپتۆپێکی ونبوو یان دزراو کە لەسەر ئەمە گەڕێنراوەتەوە).
هەموو ئەوەی لێرە تۆمار کراوە لە پاکێتەکانی داهاتووتدا دووبارە دەڕوات؛ لە ناوەندەکە چاوەڕێ دەکەن تا هەماهەنگکار کلیلە نوێیەکە پەسەند دەکات، دوای ئەوەی پەنجەمۆرەکەیت بە تەلەفۆن بۆی خوێندەوە.</translation>
        </message>
        <message>
            <source>New key fingerprint: {fingerprint}. Read it to your coordinator, then export a bundle: it carries everything again.</source>
            <translation>پەنجەمۆری کلیلە نوێیەکە: {fingerprint}. بۆ هەماهەنگکارەکەتی بخوێنەوە، پاشان پاکێتێک هەناردە بکە: هەموو شتێک دووبارە دەبات.</translation>
        </message>
        <message>
            <source>No new key was made: {reason}</source>
            <translation>هیچ کلیلێکی نوێ دروست نەکرا: {reason}</translation>
        </message>
    </context>
    <context>
        <name>NewPerson</name>
        <message>
            <source>The pseudonym %1 is already used by another participant.</source>
            <translation>ناوی خوازراوی %1 پێشتر بۆ بەشداربوویەکی تر بەکارهاتووە.</translation>
        </message>
        <message>
            <source>This session is final: unlock it to edit.</source>
            <translation>ئەم دانیشتنە کۆتاییە: بۆ دەستکاریکردن قفڵەکەی بکەرەوە.</translation>
        </message>
        <message>
            <source>Nobody was added: %1</source>
            <translation>کەس زیاد نەکرا: %1</translation>
        </message>
        <message>
            <source>Nobody was added. Try again.</source>
            <translation>کەس زیاد نەکرا. دووبارە هەوڵ بدەرەوە.</translation>
        </message>
    </context>
    <context>
        <name>NewTeamKeyButton</name>
        <message>
            <source>New team key</source>
            <translation>کلیلی تازەی تیم</translation>
        </message>
        <message>
            <source>Make a new team key? Only when a team key file was lost or reached someone who should not have it: that file opens every bundle encrypted to the team's key.
The laptops encrypt their bundles to the new key once they apply your next team update: publish one and carry it to every laptop. The bundles sent before still open here (the old key stays in this database). A second coordinator needs the team key exported again.</source>
            <translation>کلیلێکی نوێی تیم دروست بکرێت؟ تەنها کاتێک پەڕگەی کلیلی تیم ون بووە یان گەیشتووەتە دەستی کەسێک کە نابێت هەیبێت: ئەو پەڕگەیە هەموو پاکێتێک دەکاتەوە کە بۆ کلیلی تیم شفرەکراوە.
لاپتۆپەکان پاکێتەکانیان بۆ کلیلە نوێیەکە شفرە دەکەن کاتێک نوێکردنەوەی داهاتووی تیمت جێبەجێ دەکەن: یەکێک بڵاو بکەرەوە و بیگەیەنە هەموو لاپتۆپێک. ئەو پاکێتانەی پێشتر نێردراون هێشتا لێرە دەکرێنەوە (کلیلە کۆنەکە لەم بنکەدراوەیەدا دەمێنێتەوە). هەماهەنگکاری دووەم پێویستی بە هەناردەکردنەوەی کلیلی تیم هەیە.</translation>
        </message>
        <message>
            <source>&amp;New team key…</source>
            <translation>کلیلی تا&amp;زەی تیم…</translation>
        </message>
        <message>
            <source>Make a new team key</source>
            <translation>دروستکردنی کلیلێکی نوێی تیم</translation>
        </message>
        <message>
            <source>When a team key file was lost: the laptops encrypt to a new key from the next team update on.</source>
            <translation>کاتێک پەڕگەی کلیلی تیم ون بوو: لاپتۆپەکان لە نوێکردنەوەی داهاتووی تیمەوە بۆ کلیلێکی نوێ شفرە دەکەن.</translation>
        </message>
        <message>
            <source>New team key made. Publish a team update now and carry it to every laptop: until a laptop applies it, its bundles are encrypted to the old key. Export the team key again for a second coordinator.</source>
            <translation>کلیلی نوێی تیم دروست کرا. ئێستا نوێکردنەوەیەکی تیم بڵاو بکەرەوە و بیگەیەنە هەموو لاپتۆپێک: تا لاپتۆپێک جێبەجێی نەکات، پاکێتەکانی بۆ کلیلە کۆنەکە شفرە دەکرێن. کلیلی تیم دووبارە بۆ هەماهەنگکاری دووەم هەناردە بکە.</translation>
        </message>
        <message>
            <source>No new team key was made: {reason}</source>
            <translation>هیچ کلیلێکی نوێی تیم دروست نەکرا: {reason}</translation>
        </message>
    </context>
    <context>
        <name>OpenExistingButton</name>
        <message>
            <source>&amp;Open an existing database…</source>
            <translation>&amp;کردنەوەی بنکەدراوەیەکی هەبوو…</translation>
        </message>
        <message>
            <source>Open an existing database</source>
            <translation>کردنەوەی بنکەدراوەیەکی هەبوو</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsModel</name>
        <message>
            <source>Name</source>
            <translation>ناو</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>No organisation matches the search.</source>
            <translation>هیچ ڕێکخراوێک لەگەڵ گەڕانەکە ناگونجێت.</translation>
        </message>
        <message>
            <source>No organisations yet. Type one's name beside the list and press Save.</source>
            <translation>هێشتا هیچ ڕێکخراوێک نییە. ناوی ڕێکخراوێک لە تەنیشت لیستەکە بنووسە و «پاشەکەوتکردن» دابگرە.</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ڕێکخراوەکان</translation>
        </message>
        <message>
            <source>Search organisations</source>
            <translation>گەڕان لە ڕێکخراوەکان</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;ناو</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ج&amp;ۆر</translation>
        </message>
        <message>
            <source>&amp;Governorate</source>
            <translation>پ&amp;ارێزگا</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ناو</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>New &amp;organisation</source>
            <translation>ڕێک&amp;خراوی نوێ</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>پاشە&amp;کەوتکردن</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— هیچ —</translation>
        </message>
        <message>
            <source>Organisation not saved</source>
            <translation>ڕێکخراوەکە پاشەکەوت نەکراوە</translation>
        </message>
        <message>
            <source>What you typed about this organisation is not saved. Save it now?</source>
            <translation>ئەوەی دەربارەی ئەم ڕێکخراوە نووسیوتە پاشەکەوت نەکراوە. ئێستا پاشەکەوتی بکەیت؟</translation>
        </message>
        <message>
            <source>This organisation is the team's: it is changed at the centre and reaches this laptop in team updates (ask your coordinator).</source>
            <translation>ئەم ڕێکخراوە هی تیمەکەیە: لە ناوەند دەگۆڕدرێت و لە نوێکردنەوەکانی تیمدا دەگاتە ئەم لاپتۆپە (لە هەماهەنگکارەکەت بپرسە).</translation>
        </message>
        <message>
            <source>An organisation needs a name.</source>
            <translation>ڕێکخراو پێویستی بە ناوە.</translation>
        </message>
        <message>
            <source>This organisation is still being saved: the database is busy. Close anyway? If the save then fails, what you typed is lost.</source>
            <translation>ئەم ڕێکخراوە هێشتا پاشەکەوت دەکرێت: بنکەدراوەکە سەرقاڵە. هەر دایدەخەیت؟ ئەگەر پاشەکەوتکردنەکە دواتر سەرنەکەوێت، ئەوەی نووسیوتە لەدەست دەچێت.</translation>
        </message>
    </context>
    <context>
        <name>OutboxPanel</name>
        <message>
            <source>Send your work</source>
            <translation>ناردنی کارەکەت</translation>
        </message>
        <message>
            <source>The team's centre</source>
            <translation>ناوەندی تیم</translation>
        </message>
        <message>
            <source>&amp;Join a team…</source>
            <translation>چوونە ناو &amp;تیم…</translation>
        </message>
        <message>
            <source>&amp;Export bundle…</source>
            <translation>&amp;هەناردەکردنی پاکێت…</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>کردنەوەی بو&amp;خچە</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>هەناردەکردنی پاکێت</translation>
        </message>
        <message>
            <source>Open the folder of the last bundle</source>
            <translation>کردنەوەی بوخچەی دوایین پاکێت</translation>
        </message>
        <message>
            <source>Re-da&amp;te waiting work…</source>
            <translation>&amp;دانانەوەی بەرواری کاری چاوەڕوان…</translation>
        </message>
        <message>
            <source>Re-date waiting work</source>
            <translation>دانانەوەی بەرواری کاری چاوەڕوان</translation>
        </message>
        <message>
            <source>This computer is the team's centre: it imports the laptops' bundles and publishes team updates for them.</source>
            <translation>ئەم کۆمپیوتەرە ناوەندی تیمەکەیە: پاکێتەکانی لاپتۆپەکان هاوردە دەکات و نوێکردنەوەی تیمیان بۆ بڵاو دەکاتەوە.</translation>
        </message>
        <message>
            <source>This is the demo database, thrown away when Majlis closes: it cannot join a team or send work. Your own database can.</source>
            <translation>ئەمە بنکەدراوەی تاقیکارییە و کاتێک مەجلیس دادەخرێت دەسڕدرێتەوە: ناتوانێت بچێتە ناو تیمێک یان کار بنێرێت. بنکەدراوەی خۆت دەتوانێت.</translation>
        </message>
        <message>
            <source>This laptop is in a team: bundles you export go to its coordinators.</source>
            <translation>ئەم لاپتۆپە لە تیمێکدایە: ئەو پاکێتانەی هەناردەیان دەکەیت دەچن بۆ هەماهەنگکارەکانی.</translation>
        </message>
        <message>
            <source>This laptop works alone. Join a team to send your work; everything recorded so far goes in the first bundle.</source>
            <translation>ئەم لاپتۆپە بە تەنها کار دەکات. بۆ ناردنی کارەکەت بچۆ ناو تیمێک؛ هەموو ئەوەی تا ئێستا تۆمارکراوە لە یەکەم پاکێتدا دەڕوات.</translation>
        </message>
        <message>
            <source>Unsent changes: %1</source>
            <translation>گۆڕانکاریی نەنێردراو: %1</translation>
        </message>
        <message>
            <source>This computer's clock is more than a day behind changes recorded here (dated up to %1). If its date and time are wrong, set them right. If they are right, the date was set ahead when those changes were recorded: bundles for other coordinators cannot be exported until then unless you re-date them. Team updates are not affected.</source>
            <translation>کاتژمێری ئەم کۆمپیوتەرە زیاتر لە ڕۆژێک لە گۆڕانکارییە تۆمارکراوەکانی ئێرە دواکەوتووە (بەرواریان تا %1). ئەگەر بەروار و کاتەکەی هەڵەن، ڕاستیان بکەرەوە. ئەگەر دروستن، ئەوا لە کاتی تۆمارکردنی ئەو گۆڕانکارییانەدا بەروارەکە بۆ پێشەوە ڕێکخرابوو: تا ئەو کاتە ناتوانرێت پاکێت بۆ هەماهەنگکارانی تر هەناردە بکرێت، مەگەر بەروارەکەیان دابنێیتەوە. نوێکردنەوەکانی تیم کاریان تێناکرێت.</translation>
        </message>
        <message>
            <source>This computer's clock is more than a day behind changes recorded here (dated up to %1), so they cannot be sent yet. If its date and time are wrong, set them right. If they are right, the date was set ahead when those changes were recorded: the centre refuses them until then; tell your coordinator.</source>
            <translation>کاتژمێری ئەم کۆمپیوتەرە زیاتر لە ڕۆژێک لە گۆڕانکارییە تۆمارکراوەکانی ئێرە دواکەوتووە (بەرواریان تا %1)، بۆیە هێشتا ناتوانرێن بنێردرێن. ئەگەر بەروار و کاتەکەی هەڵەن، ڕاستیان بکەرەوە. ئەگەر دروستن، ئەوا لە کاتی تۆمارکردنی ئەو گۆڕانکارییانەدا بەروارەکە بۆ پێشەوە ڕێکخرابوو: ناوەند تا ئەو کاتە ڕەتیان دەکاتەوە؛ بە هەماهەنگکارەکەت بڵێ.</translation>
        </message>
        <message>
            <source>Last bundle: %1 (changes %2 to %3)</source>
            <translation>دوایین پاکێت: %1 (گۆڕانکارییەکان لە %2 تا %3)</translation>
        </message>
        <message>
            <source>No bundle exported yet.</source>
            <translation>هێشتا هیچ پاکێتێک هەناردە نەکراوە.</translation>
        </message>
        <message>
            <source>Saved in: %1</source>
            <translation>پاشەکەوتکراوە لە: %1</translation>
        </message>
        <message>
            <source>This laptop's key fingerprint: %1</source>
            <translation>پەنجەمۆری کلیلی ئەم لاپتۆپە: %1</translation>
        </message>
        <message>
            <source>Device id: %1
Public key:</source>
            <translation>ناسنامەی ئامێر: %1
کلیلی گشتی:</translation>
        </message>
        <message>
            <source>This laptop's public key</source>
            <translation>کلیلی گشتیی ئەم لاپتۆپە</translation>
        </message>
        <message>
            <source>The centre revoked this key (a lost or stolen laptop's): your bundles are refused there. Make a new one with New signing key…, read its fingerprint to your coordinator, then export a bundle.</source>
            <translation>ناوەندەکە ئەم کلیلەی هەڵوەشاندووەتەوە (کلیلی لاپتۆپێکی ونبوو یان دزراو): پاکێتەکانت لەوێ ڕەت دەکرێنەوە. بە «کلیلی واژۆی نوێ…» کلیلێکی نوێ دروست بکە، پەنجەمۆرەکەی بۆ هەماهەنگکارەکەت بخوێنەوە، پاشان پاکێتێک هەناردە بکە.</translation>
        </message>
        <message>
            <source>Join a team first.</source>
            <translation>سەرەتا بچۆ ناو تیمێک.</translation>
        </message>
        <message>
            <source>This laptop has joined the team. Export a bundle to send your work.</source>
            <translation>ئەم لاپتۆپە چووە ناو تیمەکە. پاکێتێک هەناردە بکە بۆ ناردنی کارەکەت.</translation>
        </message>
        <message>
            <source>Majlis bundles (*.majlis);;All files (*)</source>
            <translation>پاکێتەکانی مەجلیس ‎(*.majlis);;هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>Nothing to export: no new changes since the last bundle.</source>
            <translation>هیچ شتێک بۆ هەناردەکردن نییە: لە دوایین پاکێتەوە هیچ گۆڕانکارییەکی نوێ نییە.</translation>
        </message>
        <message>
            <source>More changes wait for the next bundle: export again.</source>
            <translation>گۆڕانکاریی تر چاوەڕێی پاکێتی داهاتوون: دووبارە هەناردە بکەرەوە.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>سەرنەکەوت: {reason}</translation>
        </message>
        <message>
            <source>This computer's date: %1
Latest date of the waiting work: %2
Waiting changes: %3</source>
            <translation>بەرواری ئەم کۆمپیوتەرە: %1
دوایین بەرواری کاری چاوەڕوان: %2
گۆڕانکارییە چاوەڕوانەکان: %3</translation>
        </message>
        <message numerus="yes">
            <source>Bundle written: {name} (%n change(s))</source>
            <translation>
                <numerusform>پاکێت نووسرا: {name} (%n گۆڕانکاری)</numerusform>
                <numerusform>پاکێت نووسرا: {name} (%n گۆڕانکاری)</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-dating gives the waiting work this computer's date and time, in the order it was recorded, so that it can be sent. Do this only if this computer's date is correct now and was set ahead when that work was recorded. If this computer's date is wrong now, set it right instead: re-dated work would then lose to older work.</source>
            <translation>دانانەوەی بەروار، بەروار و کاتی ئەم کۆمپیوتەرە دەداتە کاری چاوەڕوان، بەو ڕیزبەندییەی تۆمارکراوە، بۆ ئەوەی بتوانرێت بنێردرێت. تەنها ئەگەر بەرواری ئەم کۆمپیوتەرە ئێستا دروستە و لە کاتی تۆمارکردنی ئەو کارەدا بۆ پێشەوە ڕێکخرابوو، ئەمە بکە. ئەگەر بەرواری ئەم کۆمپیوتەرە ئێستا هەڵەیە، لە جیاتی ئەمە ڕاستی بکەرەوە: ئەگەرنا ئەو کارەی بەرواری دانرایەوە لە بەرامبەر کاری کۆنتردا دەدۆڕێت.</translation>
        </message>
        <message>
            <source>Re-date</source>
            <translation>دانانەوەی بەروار</translation>
        </message>
        <message>
            <source>Waiting work re-dated (changes: %1). Export a bundle to send it.</source>
            <translation>بەرواری کاری چاوەڕوان دانرایەوە (گۆڕانکارییەکان: %1). پاکێتێک هەناردە بکە بۆ ناردنی.</translation>
        </message>
        <message>
            <source>Another program (Majlis or majlis-cli) has this database open: close it and try again. Nothing was changed.</source>
            <translation>بەرنامەیەکی تر (مەجلیس یان ⁦majlis-cli⁩) ئەم بنکەدراوەیەی کردووەتەوە: دایبخە و دووبارە هەوڵ بدەرەوە. هیچ شتێک نەگۆڕدرا.</translation>
        </message>
    </context>
    <context>
        <name>OutreachDeletes</name>
        <message>
            <source>Delete outreach record</source>
            <translation>سڕینەوەی چالاکیی داکۆکی</translation>
        </message>
        <message>
            <source>That outreach record was deleted elsewhere meanwhile.</source>
            <translation>ئەو چالاکیی داکۆکییە لەم نێوانەدا لە شوێنێکی ترەوە سڕایەوە.</translation>
        </message>
        <message>
            <source>Delete the outreach record “%1” of %2?</source>
            <translation>چالاکیی داکۆکیی «%1»ی بەرواری %2 بسڕدرێتەوە؟</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>ئەمە ناگەڕێنرێتەوە.</translation>
        </message>
        <message>
            <source>Outreach record deleted.</source>
            <translation>چالاکیی داکۆکییەکە سڕایەوە.</translation>
        </message>
        <message>
            <source>This outreach record was made on another laptop: only a coordinator, or the laptop that made it, may delete it.</source>
            <translation>ئەم چالاکیی داکۆکییە لەسەر لاپتۆپێکی تر تۆمار کراوە: تەنها هەماهەنگکارێک، یان ئەو لاپتۆپەی تۆماری کردووە، دەتوانێت بیسڕێتەوە.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantFields</name>
        <message>
            <source>Seat</source>
            <translation>کورسی</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>ناوی خوازراو</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>District</source>
            <translation>قەزا</translation>
        </message>
        <message>
            <source>Urban/rural</source>
            <translation>شار/گوند</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>پیشە</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Re-consent needed</source>
            <translation>ڕەزامەندی نوێ پێویستە</translation>
        </message>
        <message>
            <source>Other attributes</source>
            <translation>تایبەتمەندییەکانی تر</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ڕەزامەندی</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>ئامێری تۆمارکردن</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>بەشداربووان</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;گەڕان:</translation>
        </message>
        <message>
            <source>Pseudonym, occupation or district</source>
            <translation>ناوی خوازراو، پیشە یان قەزا</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>گەڕان لە بەشداربووان</translation>
        </message>
        <message>
            <source>&amp;Governorate:</source>
            <translation>پ&amp;ارێزگا:</translation>
        </message>
        <message>
            <source>Filter by governorate</source>
            <translation>پاڵاوتن بەپێی پارێزگا</translation>
        </message>
        <message>
            <source>The menu key, or a right click on the column headings, chooses the columns shown.</source>
            <translation>کلیلی لیست، یان کرتەی ڕاست لەسەر سەردێڕی ستوونەکان، ستوونە پیشاندراوەکان هەڵدەبژێرێت.</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>&amp;کشانەوە لە ڕەزامەندی…</translation>
        </message>
        <message>
            <source>Withdraw the selected participant's consent: quotes only, or everything (their words and identity are erased)</source>
            <translation>کشانەوەی ڕەزامەندیی بەشداربووی هەڵبژێردراو: تەنها هێنانەوەی وتە، یان هەموو شتێک (وشە و ناسنامەکەی دەسڕدرێنەوە)</translation>
        </message>
        <message>
            <source>All governorates</source>
            <translation>هەموو پارێزگاکان</translation>
        </message>
        <message>
            <source>No participant matches the search.</source>
            <translation>هیچ بەشداربوویەک لەگەڵ گەڕانەکە ناگونجێت.</translation>
        </message>
        <message>
            <source>No participants yet. They are added in a session, in its Participants or Attendance tab.</source>
            <translation>هێشتا هیچ بەشداربوویەک نییە. لە ناو دانیشتنێکدا زیاد دەکرێن، لە بەشی «بەشداربووان» یان «ئامادەبوون».</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>پاڵاوتن</translation>
        </message>
        <message>
            <source>Filters (%1 on)</source>
            <translation>پاڵاوتن (%1 چالاکە)</translation>
        </message>
        <message>
            <source>Select a participant first.</source>
            <translation>سەرەتا بەشداربوویەک هەڵبژێرە.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n بەشداربوو</numerusform>
                <numerusform>%n بەشداربوو</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseBox</name>
        <message>
            <source>Passphrase</source>
            <translation>دەستەواژەی نهێنی</translation>
        </message>
        <message>
            <source>If others may have seen or guessed the passphrase (the laptop was lent, or used in front of people), change it.</source>
            <translation>ئەگەر کەسانی تر دەستەواژەی نهێنییەکەیان بینیبێت یان مەزەندەیان کردبێت (لاپتۆپەکە بە قەرز درابێت، یان لەبەردەم خەڵکدا بەکارهاتبێت)، بیگۆڕە.</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>&amp;گۆڕینی دەستەواژەی نهێنی…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>گۆڕینی دەستەواژەی نهێنی</translation>
        </message>
        <message>
            <source>Passphrase changed: from now on the database opens only with the new one.</source>
            <translation>دەستەواژەی نهێنی گۆڕدرا: لە ئێستاوە بنکەدراوەکە تەنها بە نوێیەکە دەکرێتەوە.</translation>
        </message>
        <message>
            <source>A backup that opens with it was written: %1</source>
            <translation>کۆپییەکی یەدەگ نووسرا کە بەوە دەکرێتەوە: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s) keep the old passphrase.</source>
            <translation>
                <numerusform>%n کۆپیی یەدەگی کۆنتر دەستەواژە نهێنییە کۆنەکەی دەمێنێت.</numerusform>
                <numerusform>%n کۆپیی یەدەگی کۆنتر دەستەواژە نهێنییە کۆنەکەیان دەمێنێت.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>Create a passphrase</source>
            <translation>دروستکردنی دەستەواژەی نهێنی</translation>
        </message>
        <message>
            <source>The database on this laptop is encrypted with it.</source>
            <translation>بنکەدراوەی سەر ئەم لاپتۆپە بەم دەستەواژەیە شفرە دەکرێت.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>دەستەواژەی &amp;نهێنی</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>دووبا&amp;رەی بکەرەوە</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>دەستەواژەی نهێنی</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>دەستەواژەی نهێنی دووبارە بکەرەوە</translation>
        </message>
        <message>
            <source>It begins or ends with a space: the passphrase opens the database only when typed with that space, every time.</source>
            <translation>بە بۆشاییەک دەست پێدەکات یان کۆتایی دێت: دەستەواژەی نهێنی بنکەدراوەکە تەنها کاتێک دەکاتەوە کە هەموو جارێک لەگەڵ ئەو بۆشاییەدا بنووسرێت.</translation>
        </message>
        <message>
            <source>Write it down and keep it safe. If it is lost, nobody can recover the data: not you, not the team, not the makers of Majlis.</source>
            <translation>بینووسە و بە سەلامەتی بیپارێزە. ئەگەر ون بوو، کەس ناتوانێت داتاکان بگەڕێنێتەوە: نە تۆ، نە تیم، نە دروستکەرانی مەجلیس.</translation>
        </message>
        <message>
            <source>Too short: use at least 8 characters.</source>
            <translation>زۆر کورتە: لانیکەم 8 پیت بەکاربهێنە.</translation>
        </message>
        <message>
            <source>Strength: weak. A few words make a stronger passphrase.</source>
            <translation>بەهێزی: لاواز. چەند وشەیەک دەستەواژەیەکی بەهێزتر دروست دەکەن.</translation>
        </message>
        <message>
            <source>Strength: fair.</source>
            <translation>بەهێزی: مامناوەند.</translation>
        </message>
        <message>
            <source>Strength: strong.</source>
            <translation>بەهێزی: بەهێز.</translation>
        </message>
        <message>
            <source>It holds an invisible character that no passphrase can hold (a paste can bring one): type the passphrase with the keyboard instead.</source>
            <translation>نیشانەیەکی نەبینراوی تێدایە کە هیچ دەستەواژەیەکی نهێنی ناتوانێت هەڵیبگرێت (لکاندن دەتوانێت بیهێنێت): لە جیاتی ئەوە دەستەواژەی نهێنی بە تەختەکلیل بنووسە.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>دوو دەستەواژە نهێنییەکە جیاوازن.</translation>
        </message>
    </context>
    <context>
        <name>PdfButton</name>
        <message>
            <source>PDF</source>
            <translation>پەڕگەی ⁦PDF⁩</translation>
        </message>
        <message>
            <source>Save the minutes, a summary or the consent register as a PDF</source>
            <translation>پاشەکەوتکردنی کۆنووس، پوختە یان تۆماری ڕەزامەندی وەک ⁦PDF⁩</translation>
        </message>
        <message>
            <source>Minutes or transcript…</source>
            <translation>کۆنووس یان دەقی نووسراوەی گفتوگۆ…</translation>
        </message>
        <message>
            <source>Summary with quotes…</source>
            <translation>پوختە لەگەڵ وەرگرتنەکان…</translation>
        </message>
        <message>
            <source>Consent register…</source>
            <translation>تۆماری ڕەزامەندی…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>پاشەکەوتکردن وەک ⁦PDF⁩</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>بەڵگەنامەی ⁦PDF⁩ ‎(*.pdf)</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>نووسینی ⁦PDF⁩…</translation>
        </message>
        <message>
            <source>PDF written: %1</source>
            <translation>‏⁦PDF⁩ نووسرا: %1</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>نەتوانرا ⁦PDF⁩ بنووسرێت: %1</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>Majlis</source>
            <translation>مەجلیس</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>لاپەڕەی {page} لە {pages}</translation>
        </message>
        <message>
            <source>Consent record</source>
            <translation>تۆماری ڕەزامەندی</translation>
        </message>
        <message>
            <source>Consent register</source>
            <translation>تۆماری ڕەزامەندییەکان</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>کۆنووس</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>دەقی نووسراوە</translation>
        </message>
        <message>
            <source>Focus-group summary</source>
            <translation>پوختەی گرووپی گفتوگۆی چڕ</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>پوختەی دانیشتن</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>وەشانی فۆڕم</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>بەشداربوو</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>بەشداربووان</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>بەند</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>وەڵام</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>بەڵێ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نەخێر</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(پێویستە)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>شێواز</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>شایەت</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>تێبینینووس</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>کاتی تۆمارکردن</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>واژۆ</translation>
        </message>
        <message>
            <source>What the signature means</source>
            <translation>واتای واژۆ</translation>
        </message>
        <message>
            <source>Photo or scan of the signed form</source>
            <translation>وێنە یان سکانی فۆڕمی واژۆکراو</translation>
        </message>
        <message>
            <source>attached, kept in Majlis</source>
            <translation>هاوپێچ کراوە، لە مەجلیس هەڵگیراوە</translation>
        </message>
        <message>
            <source>none attached</source>
            <translation>هیچ هاوپێچ نەکراوە</translation>
        </message>
        <message>
            <source>Withdrawn on {date} ({scope})</source>
            <translation>کشانەوە لە {date} ({scope})</translation>
        </message>
        <message>
            <source>Replaced on {date}</source>
            <translation>لە {date} گۆڕدرا</translation>
        </message>
        <message>
            <source>Re-consent needed (version {version} now)</source>
            <translation>ڕەزامەندی نوێ پێویستە (ئێستا وەشانی {version})</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>دراوە</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>ڕەتکراوەتەوە</translation>
        </message>
        <message>
            <source>No consent has been recorded for this session.</source>
            <translation>هیچ ڕەزامەندییەک بۆ ئەم دانیشتنە تۆمار نەکراوە.</translation>
        </message>
        <message>
            <source>This is a copy of the consent record kept in Majlis; pseudonyms only, never real names.</source>
            <translation>ئەمە لەبەرگیراوەی تۆماری ڕەزامەندییە کە لە مەجلیس پارێزراوە؛ تەنها ناوی خوازراو، هەرگیز ناوی ڕاستەقینە نا.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>بەروار</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>کات</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>ئامادەبوون</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>کورسی</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ناو</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ڕێکخراو</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ڕۆڵ</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>ڕۆژەڤ و گفتوگۆ</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>بڕیارەکان</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>ئەرکەکانی بەدواداچوون</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ئەرک</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>بەرپرسیار</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>وادە</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>پوختە</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>هیچ تۆمار نەکراوە.</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>ناوی خوازراو</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Urban/rural</source>
            <translation>شار/گوند</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>پیشە</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ڕەزامەندی</translation>
        </message>
        <message>
            <source>given, not to be quoted</source>
            <translation>دراوە، بەبێ وەرگرتن</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>تۆمار نەکراوە</translation>
        </message>
        <message>
            <source>Codes and quotes</source>
            <translation>کۆدەکان و وەرگرتنەکان</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>Coded segments</source>
            <translation>بڕگە کۆدکراوەکان</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>وەرگرتنەکان</translation>
        </message>
        <message>
            <source>Coded segments not quoted (no consent to quote): {count}</source>
            <translation>بڕگە کۆدکراوەکانی وەرنەگیراو (ڕەزامەندی وەرگرتن نییە): {count}</translation>
        </message>
        <message>
            <source>Coded segments not quoted (their words were edited after coding; to review): {count}</source>
            <translation>بڕگە کۆدکراوەکان کە وەرنەگیراون (وشەکانیان دوای کۆدکردن دەستکاری کراون؛ بۆ پێداچوونەوە): {count}</translation>
        </message>
        <message>
            <source>Nothing in this session has been coded yet.</source>
            <translation>هێشتا هیچ شتێک لەم دانیشتنەدا کۆد نەکراوە.</translation>
        </message>
        <message>
            <source>Consent is honoured: the words of participants who withdrew are left out, and only participants who agreed to be quoted are quoted.</source>
            <translation>ڕەزامەندی ڕەچاو دەکرێت: قسەی ئەوانەی کشاونەتەوە لابراوە، و تەنها لەو بەشداربووانە وەردەگیرێت کە ڕەزامەندیان داوە.</translation>
        </message>
        <message>
            <source>[not to be quoted]</source>
            <translation>[وەرناگیرێت]</translation>
        </message>
        <message>
            <source>[withdrawn]</source>
            <translation>[کشاوەتەوە]</translation>
        </message>
    </context>
    <context>
        <name>PdfUnprinted</name>
        <message numerus="yes">
            <source>%1. %n character(s) could not be printed (no font for them).</source>
            <translation>
                <numerusform>‏%1. %n پیت چاپ نەکرا (فۆنتی بۆ نییە).</numerusform>
                <numerusform>‏%1. %n پیت چاپ نەکران (فۆنتیان بۆ نییە).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PendingPurge</name>
        <message>
            <source>The disk refused to clear the erased words out of the database file (it is full or read-only): free some space; Majlis clears them when it next starts.</source>
            <translation>دیسکەکە ڕێگەی نەدا وشە سڕاوەکان لە پەڕگەی بنکەدراوەکە پاک بکرێنەوە (پڕە یان تەنیا بۆ خوێندنەوەیە): هەندێک شوێن بەتاڵ بکە؛ ⁦Majlis⁩ جاری داهاتوو کە دەکرێتەوە پاکیان دەکاتەوە.</translation>
        </message>
    </context>
    <context>
        <name>Qdc</name>
        <message>
            <source>the codebook is empty; REFI-QDA needs at least one code</source>
            <translation>کتێبی کۆدەکان بەتاڵە؛ ⁦REFI-QDA⁩ لانیکەم یەک کۆدی پێویستە.</translation>
        </message>
        <message>
            <source>the project is too large to read</source>
            <translation>پرۆژەکە زۆر گەورەیە و ناخوێندرێتەوە.</translation>
        </message>
        <message>
            <source>not a REFI-QDA project (no project.qde inside)</source>
            <translation>ئەمە پرۆژەی ⁦REFI-QDA⁩ نییە (⁦project.qde⁩ ی تێدا نییە).</translation>
        </message>
        <message>
            <source>the project file is damaged or incomplete (cut short or altered); ask for it again</source>
            <translation>پەڕگەی پرۆژەکە تێکچووە یان ناتەواوە (بڕاوە یان گۆڕاوە)؛ داوای بکە دووبارە بنێردرێتەوە.</translation>
        </message>
        <message>
            <source>not a REFI-QDA codebook or project (root element is not CodeBook or Project)</source>
            <translation>ئەمە کتێبی کۆد یان پرۆژەی ⁦REFI-QDA⁩ نییە.</translation>
        </message>
        <message>
            <source>the file has no codebook (no Codes element)</source>
            <translation>پەڕگەکە کتێبی کۆدی تێدا نییە.</translation>
        </message>
        <message>
            <source>codes are nested deeper than Majlis keeps (50 levels)</source>
            <translation>کۆدەکان لەوە قووڵتر لەناو یەکتردا دانراون کە مەجلیس هەڵیدەگرێت (⁦50⁩ ئاست).</translation>
        </message>
        <message>
            <source>a Code without guid or name</source>
            <translation>لە پەڕگەکەدا کۆدێک هەیە بێ ناسێنەر یان بێ ناو.</translation>
        </message>
        <message>
            <source>a Code whose guid is not a GUID</source>
            <translation>لە پەڕگەکەدا کۆدێک هەیە کە ناسێنەرەکەی دروست نییە.</translation>
        </message>
        <message>
            <source>this is a folder, a device or a pipe, not a codebook file</source>
            <translation>ئەمە بوخچە یان ئامێر یان بۆرییە، نەک پەڕگەی کتێبی کۆد</translation>
        </message>
        <message>
            <source>the file is larger than any codebook or project Majlis reads (500 MB)</source>
            <translation>پەڕگەکە لە هەر کتێبی کۆد یان پرۆژەیەک کە مەجلیس دەیخوێنێتەوە گەورەترە (500 مێگابایت)</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDeletes</name>
        <message>
            <source>Delete recommendation</source>
            <translation>سڕینەوەی ڕاسپاردە</translation>
        </message>
        <message>
            <source>Recommendation %1 deleted.</source>
            <translation>ڕاسپاردەی %1 سڕایەوە.</translation>
        </message>
        <message>
            <source>Delete recommendation %1, “%2”?</source>
            <translation>ڕاسپاردەی %1، «%2» بسڕدرێتەوە؟</translation>
        </message>
        <message>
            <source>Evidence links, deleted with it: %1</source>
            <translation>بەستنەوەکانی بەڵگە، کە لەگەڵیدا دەسڕدرێنەوە: %1</translation>
        </message>
        <message>
            <source>Entries of its status history, deleted with it: %1</source>
            <translation>تۆمارەکانی مێژووی دۆخەکەی، کە لەگەڵیدا دەسڕدرێنەوە: %1</translation>
        </message>
        <message>
            <source>Outreach records that name it, kept: %1</source>
            <translation>چالاکییەکانی داکۆکی کە ناوی دەبەن، کە دەمێننەوە: %1</translation>
        </message>
        <message>
            <source>What you typed in it and did not save is dropped.</source>
            <translation>ئەوەی تێیدا نووسیوتە و پاشەکەوتت نەکردووە فڕێ دەدرێت.</translation>
        </message>
        <message>
            <source>It is a local draft, never sent to the team: it is deleted from this laptop only.</source>
            <translation>ئەمە ڕەشنووسێکی ناوخۆییە و هەرگیز بۆ تیمەکە نەنێردراوە: تەنها لەم لاپتۆپە دەسڕدرێتەوە.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>ئەمە ناگەڕێنرێتەوە.</translation>
        </message>
        <message>
            <source>That recommendation was deleted elsewhere meanwhile.</source>
            <translation>ئەو ڕاسپاردەیە لەم نێوانەدا لە شوێنێکی ترەوە سڕایەوە.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationView</name>
        <message>
            <source>Date</source>
            <translation>بەروار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>سەرچاوە</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>تێبینی</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>هێنانەوەی وتە</translation>
        </message>
        <message>
            <source>(edited since it was coded: review the coding before quoting it)</source>
            <translation>(دوای کۆدکردنی دەستکاری کراوە: پێش وەرگرتنی، کۆدکردنەکە پێداچوونەوەی بۆ بکە)</translation>
        </message>
        <message>
            <source>In the brief</source>
            <translation>لە کورتەکەدا</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>قسەکەر</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>بەڵگەکان</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ڕووداو</translation>
        </message>
        <message>
            <source>coded segment</source>
            <translation>بڕگەی کۆدکراو</translation>
        </message>
        <message>
            <source>whole code</source>
            <translation>کۆدی تەواو</translation>
        </message>
        <message>
            <source>survey figure</source>
            <translation>ژمارەی ڕاپرسی</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>عەرەبی</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>کوردی</translation>
        </message>
        <message>
            <source>English</source>
            <translation>ئینگلیزی</translation>
        </message>
        <message>
            <source>Title (%1)</source>
            <translation>ناونیشان (%1)</translation>
        </message>
        <message>
            <source>Text (%1)</source>
            <translation>دەق (%1)</translation>
        </message>
        <message>
            <source>&amp;Law</source>
            <translation>یا&amp;سا</translation>
        </message>
        <message>
            <source>A&amp;rticle</source>
            <translation>م&amp;اددە</translation>
        </message>
        <message>
            <source>Responsible &amp;authority</source>
            <translation>لایەنی بەرپ&amp;رسیار</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>یاسا</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>ماددە</translation>
        </message>
        <message>
            <source>Responsible authority</source>
            <translation>لایەنی بەرپرسیار</translation>
        </message>
        <message>
            <source>&amp;Save recommendation</source>
            <translation>پاشەکە&amp;وتکردنی ڕاسپاردە</translation>
        </message>
        <message>
            <source>Recommendation not saved</source>
            <translation>ڕاسپاردەکە پاشەکەوت نەکراوە</translation>
        </message>
        <message>
            <source>What you typed in this recommendation is not saved. Save it now?</source>
            <translation>ئەوەی لەم ڕاسپاردەیەدا نووسیوتە پاشەکەوت نەکراوە. ئێستا پاشەکەوتی بکەیت؟</translation>
        </message>
        <message>
            <source>A status cannot be dated before 2000: give the date it happened.</source>
            <translation>ناکرێت بەرواری دۆخێک پێش ساڵی 2000 بێت: ئەو بەروارە بنووسە کە تێیدا ڕوویدا.</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>مێژووی دۆخ</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>دۆخی نوێ</translation>
        </message>
        <message>
            <source>Date of the status</source>
            <translation>بەرواری دۆخ</translation>
        </message>
        <message>
            <source>Source of the news</source>
            <translation>سەرچاوەی هەواڵ</translation>
        </message>
        <message>
            <source>Add s&amp;tatus</source>
            <translation>&amp;زیادکردنی دۆخ</translation>
        </message>
        <message>
            <source>Remove status</source>
            <translation>سڕینەوەی دۆخ</translation>
        </message>
        <message>
            <source>Who supports it</source>
            <translation>کێ پشتگیریی دەکات</translation>
        </message>
        <message>
            <source>Quotes that may be used</source>
            <translation>ئەو وتانەی دەکرێت بەکار بهێنرێن</translation>
        </message>
        <message>
            <source>&amp;Open in context</source>
            <translation>&amp;کردنەوە لە شوێنی خۆیدا</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>Coded segment</source>
            <translation>بڕگەی کۆدکراو</translation>
        </message>
        <message>
            <source>Link whole &amp;code</source>
            <translation>بەستنەوەی هەموو کۆ&amp;دەکە</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>سڕینەوەی بەڵگە</translation>
        </message>
        <message>
            <source>This recommendation was drafted on this laptop before it joined the team. It stays here as a local draft and is not sent to the team. To propose it, give a coordinator its evidence brief.</source>
            <translation>ئەم ڕاسپاردەیە لەسەر ئەم لاپتۆپە نووسرا پێش ئەوەی بچێتە ناو تیمەکەوە. وەک ڕەشنووسی ناوخۆیی لێرە دەمێنێتەوە و بۆ تیمەکە نانێردرێت. بۆ پێشنیارکردنی، کورتەی بەڵگەکانی بدە بە هەماهەنگکارێک.</translation>
        </message>
        <message>
            <source>The recommendation you were typing in was deleted elsewhere (a team update, majlis-cli or another window): what you typed was not saved.</source>
            <translation>ئەو ڕاسپاردەیەی تێیدا دەتنووسی لە شوێنێکی ترەوە سڕایەوە (نوێکردنەوەی تیم، ⁦majlis-cli⁩ یان پەنجەرەیەکی تر): ئەوەی نووسیبووت پاشەکەوت نەکرا.</translation>
        </message>
        <message>
            <source>The recommendation shown was deleted elsewhere (a team update, majlis-cli or another window).</source>
            <translation>ئەو ڕاسپاردەیەی نیشان دەدرا لە شوێنێکی ترەوە سڕایەوە (نوێکردنەوەی تیم، ⁦majlis-cli⁩ یان پەنجەرەیەکی تر).</translation>
        </message>
        <message numerus="yes">
            <source>Withdrawn: %n linked segment(s) left out (their speakers withdrew).</source>
            <translation>
                <numerusform>کشاوەکان: %n بڕگەی بەستراوە لابرا (قسەکەرەکەی کشاوەتەوە).</numerusform>
                <numerusform>کشاوەکان: %n بڕگەی بەستراوە لابراون (قسەکەرەکانیان کشاونەتەوە).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not quotable: %n segment(s) count but may not be quoted.</source>
            <translation>
                <numerusform>وەرنەگیراو: %n بڕگە دەژمێردرێت بەڵام ناکرێت وەربگیرێت.</numerusform>
                <numerusform>وەرنەگیراو: %n بڕگە دەژمێردرێن بەڵام ناکرێت وەربگیرێن.</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>بەڵێ</translation>
        </message>
        <message>
            <source>No: not until its coding is reviewed</source>
            <translation>نەخێر: تا کۆدکردنەکەی پێداچوونەوەی بۆ نەکرێت</translation>
        </message>
        <message>
            <source>No: the same words are quoted once</source>
            <translation>نەخێر: هەمان وشەکان تەنها یەک جار وەردەگیرێن</translation>
        </message>
        <message>
            <source>No: the facilitator's own words</source>
            <translation>نەخێر: قسەی خودی ئاسانکارە</translation>
        </message>
        <message>
            <source>No: the brief quotes %1 at most</source>
            <translation>نەخێر: کورتەکە لە %1 وتە زیاتر وەرناگرێت</translation>
        </message>
        <message>
            <source>%1, %2: edited since it was coded, not in the brief until its coding is reviewed</source>
            <translation>‏%1، %2: دوای کۆدکردنی دەستکاری کراوە، تا کۆدکردنەکەی پێداچوونەوەی بۆ نەکرێت ناچێتە کورتەکەوە</translation>
        </message>
        <message>
            <source>Open its session in the coding window and move the coding onto the words as they read now: then the brief may quote it.</source>
            <translation>دانیشتنەکەی لە پەنجەرەی کۆدکردندا بکەرەوە و کۆدکردنەکە بگوازەرەوە سەر وشەکان وەک ئێستا هەن: ئینجا کورتەکە دەتوانێت وەریبگرێت.</translation>
        </message>
        <message>
            <source>A status cannot be dated in the future: give the date it happened.</source>
            <translation>ناکرێت بەرواری دۆخێک لە داهاتوودا بێت: ئەو بەروارە بنووسە کە تێیدا ڕوویدا.</translation>
        </message>
        <message>
            <source>Remove the status '%1' of %2?</source>
            <translation>دۆخی «%1»ی بەرواری %2 بسڕدرێتەوە؟</translation>
        </message>
        <message>
            <source>Remove the status '%1'?</source>
            <translation>دۆخی «%1» بسڕدرێتەوە؟</translation>
        </message>
        <message>
            <source>Remove this evidence link (%1)?</source>
            <translation>ئەم بەستنەوەی بەڵگەیە (%1) بسڕدرێتەوە؟</translation>
        </message>
        <message>
            <source>Recommendations and their statuses are changed by the coordinators. On this laptop you can read them and link evidence to them.</source>
            <translation>ڕاسپاردەکان و دۆخەکانیان هەماهەنگکاران دەیانگۆڕن. لەسەر ئەم لاپتۆپە دەتوانیت بیانخوێنیتەوە و بەڵگەیان پێوە ببەستیتەوە.</translation>
        </message>
        <message>
            <source>Link this seg&amp;ment</source>
            <translation>بەستنەوەی &amp;ئەم بڕگەیە</translation>
        </message>
        <message>
            <source>Participants: %1 · Sessions: %2 · Governorates: %3 · Organisations: %4</source>
            <translation>بەشداربووان: %1، دانیشتنەکان: %2، پارێزگاکان: %3، ڕێکخراوەکان: %4</translation>
        </message>
        <message>
            <source>By gender: %1</source>
            <translation>بەپێی ڕەگەز: %1</translation>
        </message>
        <message>
            <source>By age band: %1</source>
            <translation>بەپێی گرووپی تەمەن: %1</translation>
        </message>
        <message>
            <source>A recommendation needs a title in at least one language.</source>
            <translation>ڕاسپاردە پێویستی بە ناونیشانێکە لانیکەم بە یەک زمان.</translation>
        </message>
        <message>
            <source>This could not be saved.</source>
            <translation>نەتوانرا پاشەکەوت بکرێت.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsPage</name>
        <message>
            <source>No.</source>
            <translation>ژ.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>ڕاسپاردە</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>local draft (not sent)</source>
            <translation>ڕەشنووسی ناوخۆیی (نانێردرێت)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>بەشداربووان</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>دانیشتنەکان</translation>
        </message>
        <message>
            <source>Governorates</source>
            <translation>پارێزگاکان</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ڕێکخراوەکان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>بەروار</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ناونیشان</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>بینەران</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>ژمارەی گەیشتوو</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ڕێکخراو</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>چالاکییەکانی داکۆکی</translation>
        </message>
        <message>
            <source>Month by month (sessions/outreach)</source>
            <translation>مانگ بە مانگ (دانیشتن/چالاکی)</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>ڕاسپاردەکان</translation>
        </message>
        <message>
            <source>meeting with officials</source>
            <translation>کۆبوونەوە لەگەڵ بەرپرسان</translation>
        </message>
        <message>
            <source>media</source>
            <translation>ڕاگەیاندن</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>وۆرکشۆپ</translation>
        </message>
        <message>
            <source>other</source>
            <translation>هی تر</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>تۆڕ</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>ڕاپرسییەکان</translation>
        </message>
        <message>
            <source>The menu key, or a right click on the column headings, chooses the columns shown.</source>
            <translation>کلیلی لیست، یان کرتەی ڕاست لەسەر سەردێڕی ستوونەکان، ستوونە پیشاندراوەکان هەڵدەبژێرێت.</translation>
        </message>
        <message>
            <source>Filter by number, title or status</source>
            <translation>پاڵاوتن بەپێی ژمارە، ناونیشان یان دۆخ</translation>
        </message>
        <message>
            <source>&amp;New recommendation</source>
            <translation>ڕاسپاردەی &amp;نوێ</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ج&amp;ۆر</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;ناونیشان</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>بە&amp;روار</translation>
        </message>
        <message>
            <source>Organi&amp;sation</source>
            <translation>ڕێک&amp;خراو</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>ش&amp;وێن</translation>
        </message>
        <message>
            <source>R&amp;ecommendation</source>
            <translation>ڕا&amp;سپاردە</translation>
        </message>
        <message>
            <source>&amp;Governorate</source>
            <translation>پارێ&amp;زگا</translation>
        </message>
        <message>
            <source>&amp;Audience</source>
            <translation>بینەر&amp;ان</translation>
        </message>
        <message>
            <source>&amp;Reach</source>
            <translation>ژمارەی &amp;گەیشتوو</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— هیچ —</translation>
        </message>
        <message>
            <source>Add &amp;outreach</source>
            <translation>زیادکردنی چالا&amp;کی</translation>
        </message>
        <message>
            <source>Outreach not saved</source>
            <translation>چالاکیی داکۆکییەکە پاشەکەوت نەکراوە</translation>
        </message>
        <message>
            <source>The outreach record you typed is not saved. Save it now?</source>
            <translation>ئەو چالاکیی داکۆکییەی نووسیوتە پاشەکەوت نەکراوە. ئێستا پاشەکەوتی بکەیت؟</translation>
        </message>
        <message>
            <source>No organisation has the name typed: choose one from the list under the box, or leave it empty for none.</source>
            <translation>هیچ ڕێکخراوێک بەو ناوەی نووسراوە نییە: یەکێک لە لیستەکەی ژێر خانەکە هەڵبژێرە، یان بەتاڵی بهێڵەوە ئەگەر هیچ ڕێکخراوێک نییە.</translation>
        </message>
        <message>
            <source>No recommendation has the title typed: choose one from the list under the box, or leave it empty for none.</source>
            <translation>هیچ ڕاسپاردەیەک بەو ناونیشانەی نووسراوە نییە: یەکێک لە لیستەکەی ژێر خانەکە هەڵبژێرە، یان بەتاڵی بهێڵەوە ئەگەر هیچ ڕاسپاردەیەک نییە.</translation>
        </message>
        <message>
            <source>The organisation or recommendation chosen was deleted meanwhile (a team update): choose again, or none.</source>
            <translation>ئەو ڕێکخراو یان ڕاسپاردەیەی هەڵبژێردرابوو لەم نێوانەدا سڕایەوە (نوێکردنەوەی تیم): دووبارە هەڵبژێرە، یان «هیچ».</translation>
        </message>
        <message>
            <source>An outreach record cannot be dated before 2000: give the date it took place.</source>
            <translation>ناکرێت بەرواری چالاکیی داکۆکی پێش ساڵی 2000 بێت: ئەو بەروارە بنووسە کە تێیدا ئەنجامدرا.</translation>
        </message>
        <message>
            <source>An outreach record cannot be dated after today: record a meeting once it has taken place.</source>
            <translation>ناکرێت بەرواری چالاکیی داکۆکی دوای ئەمڕۆ بێت: کۆبوونەوەکە تۆمار بکە دوای ئەوەی ئەنجامدرا.</translation>
        </message>
        <message>
            <source>An outreach record needs a title and a date.</source>
            <translation>چالاکیی داکۆکی پێویستی بە ناونیشان و بەروارە.</translation>
        </message>
        <message>
            <source>No recommendation matches the filter.</source>
            <translation>هیچ ڕاسپاردەیەک لەگەڵ پاڵاوتنەکە ناگونجێت.</translation>
        </message>
        <message>
            <source>No recommendations yet. The coordinators write them; a team update brings them to this laptop.</source>
            <translation>هێشتا هیچ ڕاسپاردەیەک نییە. هەماهەنگکاران دەیاننووسن؛ نوێکردنەوەیەکی تیم دەیانهێنێتە سەر ئەم لاپتۆپە.</translation>
        </message>
        <message>
            <source>No recommendations yet. Press New recommendation to write the first.</source>
            <translation>هێشتا هیچ ڕاسپاردەیەک نییە. «ڕاسپاردەی نوێ» دابگرە بۆ نووسینی یەکەمیان.</translation>
        </message>
        <message>
            <source>No outreach yet. Fill in the form and press Add outreach.</source>
            <translation>هێشتا هیچ چالاکییەکی داکۆکی نییە. فۆڕمەکە پڕ بکەرەوە و «زیادکردنی چالاکی» دابگرە.</translation>
        </message>
        <message>
            <source>No organisations yet. Each organisation of the Organisations page is listed here with the sessions and outreach it took part in.</source>
            <translation>هێشتا هیچ ڕێکخراوێک نییە. هەر ڕێکخراوێکی پەڕەی «ڕێکخراوەکان» لێرە لەگەڵ ئەو دانیشتن و چالاکییانەی داکۆکی کە تێیاندا بەشدار بووە ڕیز دەکرێت.</translation>
        </message>
    </context>
    <context>
        <name>ReconsentNote</name>
        <message>
            <source>(answered %1 before)</source>
            <translation>(پێشتر وەڵامەکە: %1)</translation>
        </message>
        <message>
            <source>New clause: %1</source>
            <translation>بەندی نوێ: %1</translation>
        </message>
        <message>
            <source>Removed clause: %1</source>
            <translation>بەندی لابراو: %1</translation>
        </message>
        <message>
            <source>Now required: %1</source>
            <translation>ئێستا پێویستە: %1</translation>
        </message>
        <message>
            <source>No longer required: %1</source>
            <translation>چیتر پێویست نییە: %1</translation>
        </message>
        <message>
            <source>Reworded: %1</source>
            <translation>دەقەکەی گۆڕاوە: %1</translation>
        </message>
        <message>
            <source>Now required.</source>
            <translation>ئێستا پێویستە.</translation>
        </message>
        <message>
            <source>No longer required.</source>
            <translation>چیتر پێویست نییە.</translation>
        </message>
        <message>
            <source>It said: %1</source>
            <translation>پێشتر دەیگوت: %1</translation>
        </message>
        <message>
            <source>Re-consent: %1 agreed to version %2 of this form; this is version %3.</source>
            <translation>ڕەزامەندی نوێ: %1 ڕەزامەندی لەسەر وەشانی %2ی ئەم فۆرمە دابوو؛ ئەمە وەشانی %3ە.</translation>
        </message>
        <message>
            <source>What changed since, to explain:</source>
            <translation>ئەوەی لەوەتەوە گۆڕاوە، بۆ ڕوونکردنەوە:</translation>
        </message>
        <message>
            <source>No clause changed: only the form's other text may differ.</source>
            <translation>هیچ بەندێک نەگۆڕاوە: تەنها دەقەکانی تری فۆرمەکە لەوانەیە جیاواز بن.</translation>
        </message>
        <message>
            <source>The clauses' wording could not be compared: the earlier version is not on this device in the language of this one.</source>
            <translation>دەقی بەندەکان بەراورد نەکرا: وەشانی پێشوو بە زمانی ئەم وەشانە لەسەر ئەم ئامێرە نییە.</translation>
        </message>
    </context>
    <context>
        <name>RefiQda</name>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Majlis export</source>
            <translation>هەناردە لە مەجلیس</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>بڕیار</translation>
        </message>
        <message>
            <source>Needs review: the source text was edited after this was coded; check the span.</source>
            <translation>پێویستی بە پێداچوونەوە هەیە: دەقەکە دوای کۆدکردن دەستکاری کراوە؛ سنوورەکەی بپشکنە.</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ڕۆڵ</translation>
        </message>
        <message>
            <source>Session kind</source>
            <translation>جۆری دانیشتن</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>بەرواری دانیشتن</translation>
        </message>
        <message>
            <source>Session governorate</source>
            <translation>پارێزگای دانیشتن</translation>
        </message>
        <message>
            <source>Session language</source>
            <translation>زمانی دانیشتن</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>Session status</source>
            <translation>دۆخی دانیشتن</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <source>&amp;Actions</source>
            <translation>کرد&amp;ارەکان</translation>
        </message>
        <message>
            <source>Actions on the chosen record</source>
            <translation>کردارەکان لەسەر تۆماری هەڵبژێردراو</translation>
        </message>
        <message>
            <source>Record consent again, withdraw, print the record or its session's register</source>
            <translation>دووبارە تۆمارکردنی ڕەزامەندی، کشانەوە، چاپکردنی تۆمارەکە یان تۆماری ڕەزامەندییەکانی دانیشتنەکەی</translation>
        </message>
    </context>
    <context>
        <name>RegisterDevice</name>
        <message>
            <source>Devices are registered at the centre: nothing was registered.</source>
            <translation>ئامێرەکان لە ناوەند تۆمار دەکرێن: هیچ تۆمار نەکرا.</translation>
        </message>
        <message>
            <source>Not a device id: at most 36 letters, digits and '-'. Nothing was registered.</source>
            <translation>ئەمە ناسنامەی ئامێر نییە: زۆرترین 36 پیت، ژمارە و '-'. هیچ تۆمار نەکرا.</translation>
        </message>
        <message>
            <source>This key was revoked: it cannot be registered again. Read the new key off the laptop.</source>
            <translation>ئەم کلیلە هەڵوەشێنرایەوە: ناتوانرێت دووبارە تۆمار بکرێت. کلیلە نوێیەکە لە لاپتۆپەکە بخوێنەوە.</translation>
        </message>
        <message>
            <source>Device {id} is already on the roster with another key: nothing was registered.</source>
            <translation>ئامێری {id} پێشتر بە کلیلێکی تر پەسەندکراوە: هیچ تۆمار نەکرا.</translation>
        </message>
        <message>
            <source>Not a public key: copy the whole key from the laptop. Nothing was registered.</source>
            <translation>ئەمە کلیلی گشتی نییە: هەموو کلیلەکە لە لاپتۆپەکە کۆپی بکە. هیچ تۆمار نەکرا.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>سەرنەکەوت: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Register a device</source>
            <translation>تۆمارکردنی ئامێر</translation>
        </message>
        <message>
            <source>Read the device id and public key off the laptop (on its Sync page), then compare the fingerprint by phone before you register it.</source>
            <translation>ناسنامەی ئامێرەکە و کلیلە گشتییەکەی لە لاپتۆپەکە بخوێنەوە (لە پەڕەی هاوکاتکردنی)، پاشان پێش تۆمارکردن پەنجەمۆرەکە بە تەلەفۆن بەراورد بکە.</translation>
        </message>
        <message>
            <source>field laptop (changes only its own rows)</source>
            <translation>لاپتۆپی مەیدانی (تەنها ڕیزەکانی خۆی دەگۆڕێت)</translation>
        </message>
        <message>
            <source>coordinator (may change any row)</source>
            <translation>هەماهەنگکار (دەتوانێت هەر ڕیزێک بگۆڕێت)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>تۆمارکردن</translation>
        </message>
        <message>
            <source>Device &amp;id:</source>
            <translation>&amp;ناسنامەی ئامێر:</translation>
        </message>
        <message>
            <source>Public &amp;key:</source>
            <translation>&amp;کلیلی گشتی:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>نا&amp;و:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ڕۆ&amp;ڵ:</translation>
        </message>
        <message>
            <source>Registering…</source>
            <translation>تۆمار دەکرێت…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>ڕاپۆرتەکان</translation>
        </message>
        <message>
            <source>Retrieval</source>
            <translation>هێنانەوە</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>گەڕان</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>خشتە</translation>
        </message>
        <message>
            <source>Co-occurrence</source>
            <translation>پێکەوەهاتن</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>ڕێککەوتن</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackup</name>
        <message>
            <source>Restore from a backup</source>
            <translation>گەڕاندنەوەی کۆپییەکی یەدەگ</translation>
        </message>
        <message>
            <source>Majlis backups (*.db);;All files (*)</source>
            <translation>کۆپییە یەدەگەکانی مەجلیس ‎(*.db);;هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>Restore the backup %1?</source>
            <translation>کۆپیی یەدەگی %1 بگەڕێنرێتەوە؟</translation>
        </message>
        <message>
            <source>The database in use is not deleted: it is kept aside in the backups folder %1, in a file whose name ends in -before-restore.db, so that you can go back to it. The work done since this backup was made is not in the restored database. The restored database opens with the passphrase the database had when the backup was made. Majlis closes the database while it restores, then asks for that passphrase.</source>
            <translation>بنکەدراوەی ئێستا ناسڕدرێتەوە: لە بوخچەی کۆپییە یەدەگەکان %1 لاوە دادەنرێت، لە پەڕگەیەکدا کە ناوەکەی بە ⁦-before-restore.db⁩ کۆتایی دێت، بۆ ئەوەی بتوانیت بگەڕێیتەوە سەری. ئەو کارەی لە دوای دروستکردنی ئەم کۆپییە یەدەگە کراوە لە بنکەدراوە گەڕێنراوەکەدا نییە. بنکەدراوە گەڕێنراوەکە بەو دەستەواژە نهێنییە دەکرێتەوە کە بنکەدراوەکە لە کاتی دروستکردنی کۆپییە یەدەگەکەدا هەیبوو. مەجلیس لە کاتی گەڕاندنەوەدا بنکەدراوەکە دادەخات، پاشان داوای ئەو دەستەواژە نهێنییە دەکات.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>بیگەڕێنە&amp;وە</translation>
        </message>
        <message>
            <source>The passphrase of the backup (the one the database had when it was made):</source>
            <translation>دەستەواژەی نهێنیی کۆپییە یەدەگەکە (ئەوەی بنکەدراوەکە لە کاتی دروستکردنیدا هەیبوو):</translation>
        </message>
        <message>
            <source>Nothing was restored: no passphrase was typed. Click Restore from a backup again and type the backup's passphrase.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: هیچ دەستەواژەیەکی نهێنی نەنووسرا. دووبارە کرتە لە «گەڕاندنەوە لە کۆپییەکی یەدەگ…» بکە و دەستەواژەی نهێنیی کۆپییە یەدەگەکە بنووسە.</translation>
        </message>
        <message>
            <source>The backup was restored, but the erasures and consent withdrawals recorded since could not all be written into it. Do not restore again; ask whoever helps you before you send anything to the centre.</source>
            <translation>کۆپییە یەدەگەکە گەڕێنرایەوە، بەڵام هەموو سڕینەوەکان و کشانەوەکانی ڕەزامەندی کە لەو کاتەوە تۆمارکراون نەتوانرا تێیدا بنووسرێن. دووبارە مەیگەڕێنەوە؛ پێش ئەوەی هیچ شتێک بۆ ناوەند بنێریت، لەو کەسە بپرسە کە یارمەتیت دەدات.</translation>
        </message>
        <message>
            <source>The backup was restored, but the erasures and consent withdrawals recorded after it could not all be carried into it: words erased since may be back. Do not restore again: the database as it was before, which holds them, is kept in the backups folder as %1. Ask whoever helps you to carry them over before you send anything to the centre.</source>
            <translation>کۆپییە یەدەگەکە گەڕێنرایەوە، بەڵام هەموو سڕینەوەکان و کشانەوەکانی ڕەزامەندی کە دوای ئەو تۆمارکراون نەتوانرا بگوازرێنەوە بۆ ناوی: لەوانەیە ئەو قسانەی لەو کاتەوە سڕاونەتەوە گەڕابنەوە. دووبارە مەیگەڕێنەوە: بنکەدراوەکە وەک پێشتر بوو، کە ئەوانی تێدایە، لە بوخچەی کۆپییە یەدەگەکان بە ناوی %1 هەڵگیراوە. پێش ئەوەی هیچ شتێک بۆ ناوەند بنێریت، داوا لەو کەسە بکە کە یارمەتیت دەدات بیانگوازێتەوە.</translation>
        </message>
        <message>
            <source>The disk is full: free some space first.</source>
            <translation>دیسکەکە پڕە: سەرەتا هەندێک شوێن بەتاڵ بکەرەوە.</translation>
        </message>
        <message>
            <source>Nothing was restored: the passphrase does not open this backup. A backup made before a passphrase change opens only with the passphrase the database had then.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: ئەم دەستەواژە نهێنییە ئەم کۆپییە یەدەگە ناکاتەوە. کۆپییەکی یەدەگ کە پێش گۆڕینی دەستەواژەی نهێنی دروستکرابێت تەنها بەو دەستەواژە نهێنییە دەکرێتەوە کە ئەو کاتە بنکەدراوەکە هەیبوو.</translation>
        </message>
        <message>
            <source>Nothing was restored: this backup is damaged (cut short or corrupted). Copy it again from where it is kept, or choose another backup.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: ئەم کۆپییە یەدەگە تێکچووە (کورت بڕاوە یان خراپ بووە). دووبارە لەو شوێنەی لێی هەڵگیراوە کۆپیی بکەرەوە، یان کۆپییەکی یەدەگی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>Nothing was restored: this backup was written by a newer version of Majlis. Update Majlis to restore it.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: ئەم کۆپییە یەدەگە بە وەشانێکی نوێتری مەجلیس نووسراوە. بۆ گەڕاندنەوەی، مەجلیس نوێ بکەرەوە.</translation>
        </message>
        <message>
            <source>Nothing was restored: the file chosen is not a Majlis backup.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: پەڕگە هەڵبژێردراوەکە کۆپیی یەدەگی مەجلیس نییە.</translation>
        </message>
        <message>
            <source>Nothing was restored: the backup file was not found. It may have been moved, or the USB stick it is on taken out.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: پەڕگەی کۆپییە یەدەگەکە نەدۆزرایەوە. لەوانەیە گوازرابێتەوە، یان ئەو فلاشە ⁦USB⁩ـیەی لەسەریەتی دەرهێنرابێت.</translation>
        </message>
        <message>
            <source>Nothing was restored: another Majlis window or majlis-cli has this database open. Close it, then try again.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: ئەم بنکەدراوەیە لە پەنجەرەیەکی تری مەجلیس یان لە ⁦majlis-cli⁩ کراوەیە. دایبخە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>Nothing was restored: the disk is full. Free some space, then try again.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: دیسکەکە پڕە. هەندێک شوێن بەتاڵ بکەرەوە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>Nothing was restored: the folder of the database or its backups folder cannot be written to. Ask whoever helps you to make it writable, then try again.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: ناتوانرێت لە بوخچەی بنکەدراوەکە یان لە بوخچەی کۆپییە یەدەگەکانیدا بنووسرێت. داوا لەو کەسە بکە کە یارمەتیت دەدات بیکاتە شیاوی نووسین، پاشان دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>Nothing was restored: the database is in a folder whose path is too long (too many folders, or long folder names) for the copies a restore makes beside it and in its backups folder. Move the database to a folder with a shorter path, such as the Majlis data folder, then try again.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: بنکەدراوەکە لە بوخچەیەکدایە کە ڕێڕەوەکەی زۆر درێژە بۆ ئەو کۆپییانەی گەڕاندنەوە لە تەنیشتییەوە و لە بوخچەی کۆپییە یەدەگەکانیدا دروستیان دەکات (بوخچەی زۆر، یان ناوی درێژی بوخچەکان). بنکەدراوەکە بگوازەرەوە بۆ بوخچەیەک کە ڕێڕەوەکەی کورتترە، وەک بوخچەی داتای مەجلیس، پاشان دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>Nothing was restored: the file chosen is not a backup of this database. Choose one of its backups (in its backups folder).</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: پەڕگە هەڵبژێردراوەکە کۆپیی یەدەگی ئەم بنکەدراوەیە نییە. یەکێک لە کۆپییە یەدەگەکانی هەڵبژێرە (لە بوخچەی کۆپییە یەدەگەکانیدا).</translation>
        </message>
        <message>
            <source>Nothing was restored: the disk reported an error. If it happens again, ask whoever helps you.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: دیسکەکە هەڵەیەکی ڕاگەیاند. ئەگەر دیسان ڕوویدا، داوا لەو کەسە بکە کە یارمەتیت دەدات.</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>کۆپییە یەدەگەکە گەڕێنرایەوە.</translation>
        </message>
        <message>
            <source>The database as it was before is kept in the backups folder as %1.</source>
            <translation>بنکەدراوەکە وەک پێشتر بوو لە بوخچەی کۆپییە یەدەگەکاندا بە ناوی %1 هەڵگیراوە.</translation>
        </message>
        <message>
            <source>It was damaged: what was recorded after this backup may be missing; check the restored database and record it again.</source>
            <translation>تێکچووبوو: ئەوەی لە دوای ئەم کۆپییە یەدەگە تۆمارکراوە لەوانەیە ون بووبێت؛ بنکەدراوە گەڕێنراوەکە بپشکنە و دووبارە تۆماری بکەرەوە.</translation>
        </message>
        <message>
            <source>It holds work never sent to the centre that is not in the restored database.</source>
            <translation>کارێکی تێدایە کە هەرگیز بۆ ناوەند نەنێردراوە و لە بنکەدراوە گەڕێنراوەکەدا نییە.</translation>
        </message>
        <message>
            <source>Enter the backup's passphrase to open it.</source>
            <translation>دەستەواژەی نهێنیی کۆپییە یەدەگەکە بنووسە بۆ کردنەوەی.</translation>
        </message>
        <message>
            <source>The team key made after this backup (New team key…) is kept in the restored database: the laptops' bundles encrypted to it open here.</source>
            <translation>ئەو کلیلەی تیم کە دوای ئەم کۆپییە یەدەگە دروست کرا (کلیلی تازەی تیم…) لە بنکەدراوە گەڕێنراوەکەدا پارێزراوە: ئەو پاکێتانەی لاپتۆپەکان کە بۆ ئەو کلیلە شفرەکراون لێرە دەکرێنەوە.</translation>
        </message>
        <message>
            <source>The database is as it was: enter its passphrase to open it.</source>
            <translation>بنکەدراوەکە وەک خۆی ماوە: دەستەواژە نهێنییەکەی بنووسە بۆ کردنەوەی.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>گەڕاندنە&amp;وە لە کۆپییەکی یەدەگ…</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>کۆپییە یەدەگەکە دەپشکنرێت…</translation>
        </message>
        <message>
            <source>Nothing was restored: a window's work could not be saved, so Majlis stayed open. Save or close that work, then try again.</source>
            <translation>هیچ شتێک نەگەڕێنرایەوە: کاری پەنجەرەیەک پاشەکەوت نەکرا، بۆیە مەجلیس کراوە ما. ئەو کارە پاشەکەوت بکە یان دایبخە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>The passphrase is right, but this database file is damaged (cut short or corrupted). Restore a backup of it with Restore from a backup… below: the damaged file is kept aside, as it is.</source>
            <translation>دەستەواژەی نهێنی ڕاستە، بەڵام ئەم پەڕگەی بنکەدراوەیە تێکچووە (کورت بڕاوە یان خراپ بووە). کۆپییەکی یەدەگی بگەڕێنەوە بە «گەڕاندنەوە لە کۆپییەکی یەدەگ…» لە خوارەوە: پەڕگە تێکچووەکە وەک خۆی لاوە دادەنرێت.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>کۆپییە یەدەگەکە دەگەڕێنرێتەوە…</translation>
        </message>
    </context>
    <context>
        <name>ResultsLog</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;لەبەری بگرەوە</translation>
        </message>
        <message>
            <source>Copy &amp;all</source>
            <translation>&amp;هەمووی لەبەر بگرەوە</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>Too many participants are invited to sessions not yet held for one run to keep them; nothing was erased.</source>
            <extracomment>A run that would keep more participants than it may carry (``retention_kept.KEPT_MAX``): none is made.</extracomment>
            <translation>ژمارەی ئەو بەشداربووانەی بانگهێشتی دانیشتنی هێشتا ئەنجامنەدراو کراون زۆرترە لەوەی یەک جار سڕینەوە بیانپارێزێت؛ هیچ شتێک نەسڕایەوە.</translation>
        </message>
        <message>
            <source>The retention period must be 1 to 1200 months.</source>
            <translation>ماوەی هەڵگرتن دەبێت لە 1 تا 1200 مانگ بێت.</translation>
        </message>
        <message>
            <source>No retention period is set for this team; nothing was erased.</source>
            <translation>هیچ ماوەیەکی هەڵگرتن بۆ ئەم تیمە دیاری نەکراوە؛ هیچ شتێک نەسڕایەوە.</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <source>End of the study</source>
            <translation>کۆتایی توێژینەوەکە</translation>
        </message>
        <message>
            <source>Erase identities this many &amp;months after the last session (0: never):</source>
            <translation>ناسنامەکان ئەم ژمارە مان&amp;گە دوای دوایین دانیشتن بسڕەوە (0: هەرگیز):</translation>
        </message>
        <message>
            <source>Retention period in months</source>
            <translation>ماوەی هەڵگرتن بە مانگ</translation>
        </message>
        <message>
            <source>&amp;Erase identities now…</source>
            <translation>&amp;ئێستا ناسنامەکان بسڕەوە…</translation>
        </message>
        <message>
            <source>No retention period: names, phones, signatures, scans and witnesses' names are kept.</source>
            <translation>هیچ ماوەیەکی هەڵگرتن نییە: ناو، تەلەفۆن، واژۆ، سکانەکان و ناوی شایەتەکان دەمێنن.</translation>
        </message>
        <message>
            <source>Due since %1: names, phones, signatures, scans and witnesses' names can be erased now.</source>
            <translation>لە %1ـەوە کاتی هاتووە: ناو، تەلەفۆن، واژۆ، سکانەکان و ناوی شایەتەکان ئێستا دەتوانرێت بسڕدرێنەوە.</translation>
        </message>
        <message>
            <source>The retention period was not saved: %1</source>
            <translation>ماوەی هەڵگرتن پاشەکەوت نەکرا: %1</translation>
        </message>
        <message numerus="yes">
            <source>Identities will be erased %n month(s) after the last session.</source>
            <translation>
                <numerusform>ناسنامەکان %n مانگ دوای دوایین دانیشتن دەسڕدرێنەوە.</numerusform>
                <numerusform>ناسنامەکان %n مانگ دوای دوایین دانیشتن دەسڕدرێنەوە.</numerusform>
            </translation>
        </message>
        <message>
            <source>Identities will be erased on %1.</source>
            <translation>ناسنامەکان لە %1 دەسڕدرێنەوە.</translation>
        </message>
    </context>
    <context>
        <name>RetentionOffer</name>
        <message>
            <source>Sessions dated after today are left out (%1): the period runs from the last session held.</source>
            <translation>ئەو دانیشتنانەی بەروارەکەیان دوای ئەمڕۆیە ناژمێردرێن (%1): ماوەی هەڵگرتن لە دوایین دانیشتنی ئەنجامدراوەوە دەژمێردرێت.</translation>
        </message>
        <message>
            <source>Participants of sessions not yet held are kept (%1): their identities are not erased.</source>
            <translation>بەشداربووانی ئەو دانیشتنانەی هێشتا ئەنجام نەدراون دەپارێزرێن (%1): ناسنامەکانیان ناسڕدرێنەوە.</translation>
        </message>
        <message>
            <source>Nothing on this computer is left to erase. Record the retention run now? It goes to the centre and the laptops with the next bundle or team update, and each erases the names, phone numbers, signature images and paper scans it holds of participants recorded before it. It cannot be undone.</source>
            <translation>هیچ شتێک لەسەر ئەم کۆمپیوتەرە نەماوە بۆ سڕینەوە. ئێستا سڕینەوەی کۆتایی ماوەی هەڵگرتن تۆمار بکرێت؟ لەگەڵ پاکێتی داهاتوو یان نوێکردنەوەی تیمی داهاتوو دەچێتە ناوەند و لاپتۆپەکان، و هەریەکەیان ئەو ناو، ژمارەی تەلەفۆن، وێنەی واژۆ و فۆڕمە کاغەزییە سکانکراوانە دەسڕێتەوە کە هەیەتی لە بەشداربووانی پێش ئەو تۆمارکراو. ناگەڕێنرێتەوە.</translation>
        </message>
        <message>
            <source>Nothing here was left to erase; the retention run is recorded and goes to the other computers of the team.</source>
            <translation>هیچ شتێک لێرە نەمابوو بۆ سڕینەوە؛ سڕینەوەی کۆتایی ماوەی هەڵگرتن تۆمار کرا و دەچێتە کۆمپیوتەرەکانی تری تیمەکە.</translation>
        </message>
        <message>
            <source>End of the study</source>
            <translation>کۆتایی توێژینەوەکە</translation>
        </message>
        <message>
            <source>The team's retention period ended on %1.</source>
            <translation>ماوەی هەڵگرتنی تیمەکە لە %1 کۆتایی هات.</translation>
        </message>
        <message>
            <source>Erase the other participants' names, phone numbers, signature images and paper scans, and the witnesses' names on their consent records, now? Pseudonyms, transcripts and codings stay. The erasure goes to the centre with the next bundle. It cannot be undone.</source>
            <translation>ئێستا ناو، ژمارەی تەلەفۆن، وێنەی واژۆ و فۆڕمە کاغەزییە سکانکراوەکانی بەشداربووانی تر، و ناوی شایەتەکان لە تۆمارەکانی ڕەزامەندییاندا، بسڕدرێنەوە؟ ناوە خوازراوەکان، دەقە نووسراوەکان و کۆدکردنەکان دەمێنن. سڕینەوەکە لەگەڵ پاکێتی داهاتوو دەچێتە ناوەند. ناگەڕێنرێتەوە.</translation>
        </message>
        <message>
            <source>Erase every participant's name, phone number, signature images and paper scans, and the witnesses' names on their consent records, now? Pseudonyms, transcripts and codings stay. The erasure goes to the centre with the next bundle. It cannot be undone.</source>
            <translation>ئێستا ناو، ژمارەی تەلەفۆن، وێنەی واژۆ و فۆڕمە کاغەزییە سکانکراوەکانی هەموو بەشداربووان، و ناوی شایەتەکان لە تۆمارەکانی ڕەزامەندییاندا، بسڕدرێنەوە؟ ناوە خوازراوەکان، دەقە نووسراوەکان و کۆدکردنەکان دەمێنن. سڕینەوەکە لەگەڵ پاکێتی داهاتوو دەچێتە ناوەند. ناگەڕێنرێتەوە.</translation>
        </message>
        <message>
            <source>&amp;Record the run</source>
            <translation>&amp;تۆمارکردنی سڕینەوەکە</translation>
        </message>
        <message>
            <source>&amp;Erase identities</source>
            <translation>&amp;سڕینەوەی ناسنامەکان</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;ئێستا نا</translation>
        </message>
        <message>
            <source>Identities erased; pseudonyms and pseudonymous data stay.</source>
            <translation>ناسنامەکان سڕانەوە؛ ناوە خوازراوەکان و داتای خوازراو دەمێنن.</translation>
        </message>
        <message>
            <source>Nothing was left to erase.</source>
            <translation>هیچ شتێک نەمابوو بۆ سڕینەوە.</translation>
        </message>
    </context>
    <context>
        <name>RetrievalTab</name>
        <message>
            <source>Choose a code, and filters if you wish, then Show segments: the segments coded with it are listed here.</source>
            <translation>کۆدێک هەڵبژێرە، و ئەگەر دەتەوێت پاڵاوتنیش، پاشان «پیشاندانی بڕگەکان»: ئەو بڕگانەی پێی کۆدکراون لێرە ڕیز دەکرێن.</translation>
        </message>
        <message>
            <source>&amp;Code this session at this segment…</source>
            <translation>&amp;کۆدکردنی ئەم دانیشتنە لەم بڕگەیەدا…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Session kind</source>
            <translation>جۆری دانیشتن</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>کۆدکەر</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>بەروارەکان</translation>
        </message>
        <message>
            <source>Include sub-codes</source>
            <translation>ژێرکۆدەکانیش لەخۆبگرێت</translation>
        </message>
        <message>
            <source>Only between</source>
            <translation>تەنیا لە نێوان</translation>
        </message>
        <message>
            <source>Show segments</source>
            <translation>پیشاندانی بڕگەکان</translation>
        </message>
        <message>
            <source>Change filters</source>
            <translation>گۆڕینی پاڵاوتنەکان</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>لە بەرواری</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>تا بەرواری</translation>
        </message>
        <message>
            <source>Coded segments</source>
            <translation>بڕگە کۆدکراوەکان</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>هەموو</translation>
        </message>
        <message>
            <source>The From date is after the To date: no segment can fall between them. Change one of the dates.</source>
            <translation>بەرواری «لە» دوای بەرواری «تا»یە: هیچ بڕگەیەک ناکەوێتە نێوانیانەوە. یەکێک لە بەروارەکان بگۆڕە.</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>‏%n بڕگە</numerusform>
                <numerusform>‏%n بڕگە</numerusform>
            </translation>
        </message>
        <message>
            <source>Code: %1, with filters</source>
            <translation>کۆد: %1، لەگەڵ پاڵاوتن</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>کۆد: %1</translation>
        </message>
    </context>
    <context>
        <name>RetrievedColumns</name>
        <message>
            <source>Session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>قسەکەر</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Coded text</source>
            <translation>دەقی کۆدکراو</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>هێنانەوەی وتە</translation>
        </message>
        <message>
            <source>Do not quote</source>
            <translation>وتەکەی مەهێنەرەوە</translation>
        </message>
        <message>
            <source>Edited since it was coded: review the coding before quoting it</source>
            <translation>دوای کۆدکردنی دەستکاری کراوە: پێش وەرگرتنی، کۆدکردنەکە پێداچوونەوەی بۆ بکە</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>کۆدکەر</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>تێبینی</translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message>
            <source>Devices &amp;waiting for approval:</source>
            <translation>ئامێرەکانی چا&amp;وەڕێی پەسەندکردن:</translation>
        </message>
        <message>
            <source>Devices on the ro&amp;ster (their bundles are applied):</source>
            <translation>ئ&amp;امێرە پەسەندکراوەکان (پاکێتەکانیان جێبەجێ دەکرێن):</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>پە&amp;سەندی بکە…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>ڕە&amp;تی بکەرەوە…</translation>
        </message>
        <message>
            <source>Rejected devices (their bundles are refused):</source>
            <translation>ئامێرە ڕەتکراوەکان (پاکێتەکانیان ڕەت دەکرێنەوە):</translation>
        </message>
        <message>
            <source>Approve after all…</source>
            <translation>لەگەڵ ئەوەشدا پەسەندی بکە…</translation>
        </message>
        <message>
            <source>as a field laptop (changes only its own rows)</source>
            <translation>وەک لاپتۆپی مەیدانی (تەنیا تۆمارەکانی خۆی دەگۆڕێت)</translation>
        </message>
        <message>
            <source>as a coordinator (may change any row)</source>
            <translation>وەک هەماهەنگکار (دەتوانێت هەر تۆمارێک بگۆڕێت)</translation>
        </message>
        <message>
            <source>Words erased here may be in these waiting bundles: approve or reject each one to finish the erasure (approving applies the erasure to its rows; rejecting discards it).</source>
            <translation>لەوانەیە ئەم پاکێتە چاوەڕوانانە وشەی سڕاوەی ئێرەیان تێدا بێت: بۆ تەواوکردنی سڕینەوەکە هەر یەکێکیان پەسەند بکە یان ڕەتی بکەرەوە (پەسەندکردن سڕینەوەکە لە ڕیزەکانیدا جێبەجێ دەکات؛ ڕەتکردنەوە فڕێی دەدات).</translation>
        </message>
        <message>
            <source>This computer's key fingerprint: {fingerprint}</source>
            <translation>پەنجەمۆری کلیلی ئەم کۆمپیوتەرە: {fingerprint}</translation>
        </message>
        <message>
            <source>Devices waiting for approval</source>
            <translation>ئامێرەکانی چاوەڕێی پەسەندکردن</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>ئامێرە پەسەندکراوەکان</translation>
        </message>
        <message>
            <source>Key fingerprint to compare</source>
            <translation>پەنجەمۆری کلیل بۆ بەراوردکردن</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ڕۆڵ</translation>
        </message>
        <message>
            <source>Approve device</source>
            <translation>ئامێرەکە پەسەند بکە</translation>
        </message>
        <message>
            <source>Reject device</source>
            <translation>ئامێرەکە ڕەت بکەرەوە</translation>
        </message>
        <message>
            <source>Rejected devices</source>
            <translation>ئامێرە ڕەتکراوەکان</translation>
        </message>
        <message>
            <source>Approve a rejected device after all</source>
            <translation>ئامێرێکی ڕەتکراوە لەگەڵ ئەوەشدا پەسەند بکە</translation>
        </message>
        <message>
            <source>{name} ({id}): bundles: {bundles}, changes: {changes}</source>
            <translation>‏{name} ({id}): ژمارەی پاکێتەکان {bundles}، ژمارەی گۆڕانکارییەکان {changes}</translation>
        </message>
        <message>
            <source>{device}: bundles: {bundles}, changes: {changes}</source>
            <translation>‏{device}: ژمارەی پاکێتەکان {bundles}، ژمارەی گۆڕانکارییەکان {changes}</translation>
        </message>
        <message>
            <source>field laptop</source>
            <translation>لاپتۆپی مەیدانی</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>هەماهەنگکار</translation>
        </message>
        <message>
            <source> (this computer)</source>
            <translation> (ئەم کۆمپیوتەرە)</translation>
        </message>
        <message numerus="yes">
            <source>Approve {name}? Only if the facilitator read you this same fingerprint:
{fingerprint}
Its %n waiting bundle(s) will be applied.</source>
            <translation>
                <numerusform>‏{name} پەسەند دەکەیت؟ تەنیا ئەگەر ئاسانکار هەمان پەنجەمۆری بۆ خوێندیتەوە:
{fingerprint}
%n پاکێتی چاوەڕوان جێبەجێ دەکرێت.</numerusform>
                <numerusform>‏{name} پەسەند دەکەیت؟ تەنیا ئەگەر ئاسانکار هەمان پەنجەمۆری بۆ خوێندیتەوە:
{fingerprint}
%n پاکێتی چاوەڕوان جێبەجێ دەکرێن.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject {name}? Its %n waiting bundle(s) will be discarded.</source>
            <translation>
                <numerusform>‏{name} ڕەت دەکەیتەوە؟ %n پاکێتی چاوەڕوان دەسڕدرێتەوە.</numerusform>
                <numerusform>‏{name} ڕەت دەکەیتەوە؟ %n پاکێتی چاوەڕوان دەسڕدرێنەوە.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve the rejected device {id} after all? Only if the facilitator read you this same fingerprint:
{fingerprint}
What it sent before was discarded when it was rejected: import its bundles again.</source>
            <translation>ئامێری ڕەتکراوەی {id} لەگەڵ ئەوەشدا پەسەند دەکەیت؟ تەنیا ئەگەر ئاسانکار هەمان ئەم پەنجەمۆرەی بۆ خوێندیتەوە:
{fingerprint}
ئەوەی پێشتر ناردبووی لە کاتی ڕەتکردنەوەیدا فڕێدرا: پاکێتەکانی دووبارە هاوردە بکە.</translation>
        </message>
        <message>
            <source>What it sent before was discarded when it was rejected: import its bundles again.</source>
            <translation>ئەوەی پێشتر ناردبووی لە کاتی ڕەتکردنەوەیدا فڕێدرا: پاکێتەکانی دووبارە هاوردە بکە.</translation>
        </message>
        <message numerus="yes">
            <source>Rejected: %n bundle(s) discarded.</source>
            <translation>
                <numerusform>ڕەتکرایەوە: %n پاکێت سڕایەوە.</numerusform>
                <numerusform>ڕەتکرایەوە: %n پاکێت سڕانەوە.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is on the roster.</source>
            <translation>‏{name} ئێستا ئامێرێکی پەسەندکراوە.</translation>
        </message>
        <message>
            <source>Recording the decision…</source>
            <translation>بڕیارەکە تۆمار دەکرێت…</translation>
        </message>
        <message>
            <source>changes {range}</source>
            <translation>گۆڕانکارییەکانی {range}</translation>
        </message>
        <message>
            <source>a waiting bundle</source>
            <translation>پاکێتێکی چاوەڕوان</translation>
        </message>
        <message>
            <source>Its bundles are refused from now on; Approve after all undoes this.</source>
            <translation>لە ئێستاوە پاکێتەکانی ڕەت دەکرێنەوە؛ «لەگەڵ ئەوەشدا پەسەندی بکە» ئەمە هەڵدەوەشێنێتەوە.</translation>
        </message>
        <message>
            <source>This device was already approved or rejected (in another window?): nothing more was done.</source>
            <translation>ئەم ئامێرە پێشتر پەسەند کراوە یان ڕەت کراوەتەوە (لە پەنجەرەیەکی تر؟): هیچی تر نەکرا.</translation>
        </message>
        <message>
            <source>{name} is on the roster, but applying its bundles stopped: {reason} Bundles applied before it: {applied} of {total}. The others still wait for approval: once this is put right, select it among the devices waiting and press Approve again.</source>
            <translation>‏{name} ئێستا ئامێرێکی پەسەندکراوە، بەڵام جێبەجێکردنی پاکێتەکانی وەستا: {reason} ئەو پاکێتانەی پێش ئەوە جێبەجێ کران: {applied} لە {total}. ئەوانی تر هێشتا چاوەڕێی پەسەندکردنن: دوای چاککردنی ئەمە، لە نێو ئامێرە چاوەڕوانەکاندا هەڵیبژێرە و دووبارە «پەسەندی بکە» دابگرە.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>سەرنەکەوت: {reason}</translation>
        </message>
        <message>
            <source>revoked: its bundles are refused</source>
            <translation>هەڵوەشێنراوەتەوە: پاکێتەکانی ڕەت دەکرێنەوە</translation>
        </message>
        <message>
            <source>Revoke {name}? Do this only if the laptop was lost or stolen.
Key fingerprint: {fingerprint}
Bundles signed with its key will be refused from now on; what it sent before stays. Its replacement signs with a new key, which you approve after comparing it with the facilitator.</source>
            <translation>ئایا {name} هەڵبوەشێنرێتەوە؟ تەنها ئەگەر لاپتۆپەکە ون بووبێت یان دزرابێت.
پەنجەمۆری کلیل: {fingerprint}
لە ئێستاوە ئەو پاکێتانەی بە کلیلەکەی واژۆ کراون ڕەت دەکرێنەوە؛ ئەوەی پێشتر ناردوویەتی دەمێنێتەوە. جێگرەوەکەی بە کلیلێکی نوێ واژۆ دەکات، کە دوای بەراوردکردنی لەگەڵ ئاسانکار پەسەندی دەکەیت.</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>هەڵوەشاندنەوە…</translation>
        </message>
        <message>
            <source>Revoke the device (lost or stolen)</source>
            <translation>هەڵوەشاندنەوەی ئامێرەکە (ونبوو یان دزراو)</translation>
        </message>
        <message>
            <source>{name} is revoked: bundles signed with its key are refused from now on.</source>
            <translation>‏{name} هەڵوەشێنرایەوە: لە ئێستاوە ئەو پاکێتانەی بە کلیلەکەی واژۆ کراون ڕەت دەکرێنەوە.</translation>
        </message>
        <message>
            <source>Take a bundle it wrote before it was lost…</source>
            <translation>وەرگرتنی پاکێتێک کە پێش ونبوونی نووسیویەتی…</translation>
        </message>
        <message>
            <source>Take a bundle the revoked device wrote before it was lost</source>
            <translation>وەرگرتنی پاکێتێک کە ئامێرە هەڵوەشێنراوەکە پێش ونبوونی نووسیویەتی</translation>
        </message>
        <message>
            <source>Take a bundle it wrote before it was lost</source>
            <translation>وەرگرتنی پاکێتێک کە پێش ونبوونی نووسیویەتی</translation>
        </message>
        <message>
            <source>All files (*);;Majlis bundles (*.majlis)</source>
            <translation>هەموو پەڕگەکان (*);;پاکێتەکانی مەجلیس ‎(*.majlis)</translation>
        </message>
        <message>
            <source>Take {file}, signed with the revoked key of {name}? Only if you know the laptop wrote it before it was lost: the facilitator handed or posted it to you. Nothing else signed with that key is taken.</source>
            <translation>ئایا {file} وەردەگیرێت، کە بە کلیلی هەڵوەشێنراوی {name} واژۆ کراوە؟ تەنها ئەگەر دەزانیت لاپتۆپەکە پێش ونبوونی نووسیویەتی: ئاسانکار ڕادەستی کردوویت یان بە پۆست ناردوویەتی. هیچ شتێکی تر کە بەو کلیلە واژۆ کرابێت وەرناگیرێت.</translation>
        </message>
        <message>
            <source>Register a device…</source>
            <translation>تۆمارکردنی ئامێر…</translation>
        </message>
        <message>
            <source>Registered: {id}, key fingerprint {fingerprint}.</source>
            <translation>تۆمارکرا: {id}، پەنجەمۆری کلیل {fingerprint}.</translation>
        </message>
        <message>
            <source>Bundles it sent before, applied now: {count}</source>
            <translation>ئەو بەستانەی پێشتر ناردبووی و ئێستا جێبەجێ کران: {count}</translation>
        </message>
        <message>
            <source>Reject all waiting…</source>
            <translation>ڕەتکردنەوەی هەموو چاوەڕوانەکان…</translation>
        </message>
        <message>
            <source>Reject every device waiting for approval</source>
            <translation>ڕەتکردنەوەی هەموو ئامێرەکانی چاوەڕێی پەسەندکردن</translation>
        </message>
        <message>
            <source>Reject every device waiting for approval?
Devices: {devices}
Their waiting bundles: {bundles}</source>
            <translation>هەموو ئامێرەکانی چاوەڕێی پەسەندکردن ڕەت دەکەیتەوە؟
ئامێرەکان: {devices}
پاکێتە چاوەڕوانەکانیان: {bundles}</translation>
        </message>
        <message>
            <source>Their bundles will be discarded, and bundles signed with their keys refused from now on. Do this when the list was filled by bundles nobody on the team sent.
A genuine laptop rejected with them can be approved later: select it under Rejected devices, press Approve after all… once its facilitator has read you its fingerprint, then import its bundles again.</source>
            <translation>پاکێتەکانیان دەسڕدرێنەوە، و لە ئێستاوە ئەو پاکێتانەی بە کلیلەکانیان واژۆ کراون ڕەت دەکرێنەوە. ئەمە بکە کاتێک لیستەکە بە پاکێتگەلێک پڕ کرابێت کە هیچ کەسێک لە تیمەکە نەینناردوون.
لاپتۆپێکی ڕاستەقینە کە لەگەڵیاندا ڕەت کرابێتەوە دواتر دەتوانرێت پەسەند بکرێت: لە «ئامێرە ڕەتکراوەکان» هەڵیبژێرە، دوای ئەوەی ئاسانکارەکەی پەنجەمۆرەکەی بۆ خوێندیتەوە «لەگەڵ ئەوەشدا پەسەندی بکە…» دابگرە، پاشان پاکێتەکانی دووبارە هاوردە بکە.</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>ڕەتکردنەوەی هەمووی</translation>
        </message>
        <message>
            <source>Rejected devices: {devices}; bundles discarded: {bundles}.</source>
            <translation>ئامێرە ڕەتکراوەکان: {devices}؛ پاکێتە سڕاوەکان: {bundles}.</translation>
        </message>
        <message>
            <source>Their bundles are refused from now on. To undo one, select it under Rejected devices and press Approve after all…</source>
            <translation>لە ئێستاوە پاکێتەکانیان ڕەت دەکرێنەوە. بۆ هەڵوەشاندنەوەی یەکێکیان، لە «ئامێرە ڕەتکراوەکان» هەڵیبژێرە و «لەگەڵ ئەوەشدا پەسەندی بکە…» دابگرە.</translation>
        </message>
        <message>
            <source>No device was rejected: the devices asked about were already approved or rejected (in another window?).</source>
            <translation>هیچ ئامێرێک ڕەت نەکرایەوە: ئەو ئامێرانەی پرسیاریان لێ کرا پێشتر پەسەند کراون یان ڕەت کراونەتەوە (لە پەنجەرەیەکی تر؟).</translation>
        </message>
        <message>
            <source>{name} was not rejected: it is on the roster already (an approval stopped partway). Select it and press Approve to apply what it sent.</source>
            <translation>‏{name} ڕەت نەکرایەوە: پێشتر ئامێرێکی پەسەندکراوە (پەسەندکردنەکەی لە نیوەی ڕێگادا وەستا). هەڵیبژێرە و «پەسەندی بکە» دابگرە بۆ جێبەجێکردنی ئەوەی ناردوویەتی.</translation>
        </message>
        <message>
            <source>No device was rejected: {reason}</source>
            <translation>هیچ ئامێرێک ڕەت نەکرایەوە: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RoundtableEditor</name>
        <message>
            <source>Attendee</source>
            <translation>ئامادەبوو</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ڕۆڵ</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>ئامادەبوون</translation>
        </message>
        <message>
            <source>Add o&amp;rganisation…</source>
            <translation>&amp;زیادکردنی ڕێکخراو…</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>بڕیار</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>بڕیارەکان</translation>
        </message>
        <message>
            <source>Add deci&amp;sion</source>
            <translation>زیادکردنی بڕیا&amp;ر</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ئەرک</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>بەرپرسیار</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>وادەی کۆتایی</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Add a&amp;ction item</source>
            <translation>زیادکردنی ئەرکی بە&amp;دواداچوون</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>ئەرکەکانی بەدواداچوون</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>گەڕانەوە</translation>
        </message>
        <message>
            <source>Back to the list (Esc)</source>
            <translation>گەڕانەوە بۆ لیستەکە (⁦Esc⁩)</translation>
        </message>
        <message>
            <source>Roundtable</source>
            <translation>مێزی گفتوگۆ</translation>
        </message>
        <message>
            <source>F&amp;inalise</source>
            <translation>کۆتایی&amp;هێنان</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>کردنەوەی &amp;قفڵ…</translation>
        </message>
        <message>
            <source>Audit &amp;trail</source>
            <translation>ت&amp;ۆماری چاودێری</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— هەڵبژێرە —</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;وردەکاری</translation>
        </message>
        <message>
            <source>Atte&amp;ndance</source>
            <translation>&amp;ئامادەبوون</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>ڕۆ&amp;ژەڤ</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>بڕی&amp;ارەکان</translation>
        </message>
        <message>
            <source>Action ite&amp;ms</source>
            <translation>ئەرکەکا&amp;نی بەدواداچوون</translation>
        </message>
        <message>
            <source>Add &amp;participant…</source>
            <translation>زیادکردنی بەشدا&amp;ربوو…</translation>
        </message>
        <message>
            <source>Ne&amp;w person</source>
            <translation>کە&amp;سی نوێ</translation>
        </message>
        <message>
            <source>Add a new person with a pseudonym of this roundtable</source>
            <translation>زیادکردنی کەسێکی نوێ بە ناوێکی خوازراوی ئەم مێزی گفتوگۆیە</translation>
        </message>
        <message>
            <source>Record &amp;consent…</source>
            <translation>&amp;تۆمارکردنی ڕەزامەندی…</translation>
        </message>
        <message>
            <source>Record the consent of the participant chosen in the table</source>
            <translation>ڕەزامەندیی ئەو بەشداربووەی لە خشتەکەدا هەڵبژێردراوە تۆمار بکە</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>زیادکردنی ئامادەبوو</translation>
        </message>
        <message>
            <source>There are no organisations yet. Add them on the Organisations page, then come back here.</source>
            <translation>هێشتا هیچ ڕێکخراوێک نییە. لە پەڕەی «ڕێکخراوەکان» زیادیان بکە، پاشان بگەڕێوە ئێرە.</translation>
        </message>
        <message>
            <source>Every organisation recorded already attends this roundtable. Add others on the Organisations page.</source>
            <translation>هەموو ڕێکخراوە تۆمارکراوەکان پێشتر لەم مێزی گفتوگۆیەدا ئامادەن. ڕێکخراوی تر لە پەڕەی ڕێکخراوەکان زیاد بکە.</translation>
        </message>
        <message>
            <source>There are no participants yet. Add someone who attends with New person: they get a pseudonym of this roundtable.</source>
            <translation>هێشتا هیچ بەشداربوویەک نییە. ئەو کەسەی ئامادە دەبێت بە «کەسی نوێ» زیاد بکە: ناوێکی خوازراوی ئەم مێزی گفتوگۆیە وەردەگرێت.</translation>
        </message>
        <message>
            <source>Everyone recorded already attends this roundtable. Add someone else with New person.</source>
            <translation>هەموو ئەوانەی تۆمارکراون پێشتر ئامادەی ئەم مێزی گفتوگۆیەن. کەسێکی تر بە «کەسی نوێ» زیاد بکە.</translation>
        </message>
        <message>
            <source>Everyone else recorded has withdrawn their consent, and no consent can be recorded for them again. Add someone who attends with New person.</source>
            <translation>هەموو ئەوانەی تری تۆمارکراون لە ڕەزامەندییەکەیان کشاونەتەوە و ناتوانرێت جارێکی تر ڕەزامەندییان بۆ تۆمار بکرێت. ئەوەی ئامادە دەبێت بە «کەسی نوێ» زیاد بکە.</translation>
        </message>
        <message>
            <source>Choose the governorate first: the pseudonym is made from it.</source>
            <translation>سەرەتا پارێزگا هەڵبژێرە: ناوی خوازراو لەوەوە دروست دەکرێت.</translation>
        </message>
        <message>
            <source>No one is on the attendance list yet. Add the organisations and participants who came with the buttons above.</source>
            <translation>هێشتا کەس لە لیستی ئامادەبوون نییە. ئەو ڕێکخراو و بەشداربووانەی هاتوون بە دوگمەکانی سەرەوە زیاد بکە.</translation>
        </message>
        <message>
            <source>No attendance was recorded for this roundtable.</source>
            <translation>هیچ ئامادەبوونێک بۆ ئەم مێزی گفتوگۆیە تۆمار نەکراوە.</translation>
        </message>
        <message>
            <source>No decisions yet. Press Add decision to record one.</source>
            <translation>هێشتا هیچ بڕیارێک نییە. «زیادکردنی بڕیار» دابگرە بۆ تۆمارکردنی یەکێک.</translation>
        </message>
        <message>
            <source>No decisions were recorded.</source>
            <translation>هیچ بڕیارێک تۆمار نەکراوە.</translation>
        </message>
        <message>
            <source>No action items yet. Press Add action item to record who does what, and by when.</source>
            <translation>هێشتا هیچ ئەرکێکی بەدواداچوون نییە. «زیادکردنی ئەرکی بەدواداچوون» دابگرە بۆ تۆمارکردنی ئەوەی کێ چی دەکات و تا کەی.</translation>
        </message>
        <message>
            <source>No action items were recorded.</source>
            <translation>هیچ ئەرکێکی بەدواداچوون تۆمار نەکراوە.</translation>
        </message>
    </context>
    <context>
        <name>SaveFailure</name>
        <message>
            <source>The disk is full.</source>
            <translation>دیسکەکە پڕە.</translation>
        </message>
        <message>
            <source>Another program is using the database.</source>
            <translation>بەرنامەیەکی تر بنکەدراوەکە بەکاردەهێنێت.</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder.</source>
            <translation>بنکەدراوەکە لەسەر دیسک یان بوخچەیەکی تەنیا بۆ خوێندنەوەیە.</translation>
        </message>
        <message>
            <source>The disk reported an error.</source>
            <translation>دیسکەکە هەڵەیەکی ڕاگەیاند.</translation>
        </message>
        <message>
            <source>Not saved yet: %1 Majlis tries again by itself; your text stays on screen.</source>
            <translation>هێشتا پاشەکەوت نەکراوە: %1 مەجلیس خۆی دووبارە هەوڵ دەداتەوە؛ دەقەکەت لەسەر شاشەکە دەمێنێتەوە.</translation>
        </message>
        <message>
            <source>Not saved: this session was made final elsewhere meanwhile, and is read-only now. Copy what you typed before you leave it.</source>
            <translation>پاشەکەوت نەکرا: ئەم دانیشتنە لەو کاتەدا لە شوێنێکی ترەوە کۆتایی پێهێنرا و ئێستا تەنیا بۆ خوێندنەوەیە. ئەوەی نووسیوتە کۆپی بکە پێش ئەوەی جێی بهێڵیت.</translation>
        </message>
        <message>
            <source>Not saved: this session is no longer in the database (it was deleted elsewhere meanwhile). Copy what you typed before you leave it.</source>
            <translation>پاشەکەوت نەکرا: ئەم دانیشتنە چیتر لە بنکەدراوەکەدا نییە (لەو کاتەدا لە شوێنێکی ترەوە سڕایەوە). ئەوەی نووسیوتە کۆپی بکە پێش ئەوەی جێی بهێڵیت.</translation>
        </message>
        <message>
            <source>This session is no longer in the database: it was deleted elsewhere meanwhile (another window, majlis-cli or a team update).</source>
            <translation>ئەم دانیشتنە چیتر لە بنکەدراوەکەدا نییە: لەو کاتەدا لە شوێنێکی ترەوە سڕایەوە (پەنجەرەیەکی تر، ⁦majlis-cli⁩ یان نوێکردنەوەی تیم).</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>گۆڕانکاریی پاشەکەوتنەکراو</translation>
        </message>
        <message>
            <source>Your last changes could not be saved. Close anyway and lose them?</source>
            <translation>نەتوانرا دوایین گۆڕانکارییەکانت پاشەکەوت بکرێن. هەر دایدەخەیت و لەدەستیان دەدەیت؟</translation>
        </message>
    </context>
    <context>
        <name>SearchTab</name>
        <message>
            <source>Where</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>وشەکانی گەڕان</translation>
        </message>
        <message>
            <source>Every word must occur; end a word with * to find the words it begins.</source>
            <translation>دەبێت هەموو وشەکان هەبن؛ وشەیەک بە * کۆتایی پێبهێنە بۆ دۆزینەوەی ئەو وشانەی پێی دەست پێدەکەن.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>گەڕان</translation>
        </message>
        <message>
            <source>Code all hits</source>
            <translation>کۆدکردنی هەموو ئەنجامەکان</translation>
        </message>
        <message>
            <source>Code to apply to every hit</source>
            <translation>ئەو کۆدەی لەسەر هەموو ئەنجامێک دادەنرێت</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>ئەنجامەکانی گەڕان</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>دەقی نووسراوە</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>ڕۆژەڤ</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>بڕیار</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>تێبینی</translation>
        </message>
        <message>
            <source>Memo on a coding</source>
            <translation>تێبینی لەسەر کۆدکردنێک</translation>
        </message>
        <message>
            <source>Memo on the code %1</source>
            <translation>تێبینی لەسەر کۆدی %1</translation>
        </message>
        <message>
            <source>Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing.</source>
            <translation>گەڕان پیت یان ژمارەی پێویستە: بزوێنەکان، کشیدە یان نیشانە نەبینراوەکان بە تەنیا هیچ نادۆزنەوە.</translation>
        </message>
        <message>
            <source>Type the words to find.</source>
            <translation>ئەو وشانە بنووسە کە دەتەوێت بیاندۆزیتەوە.</translation>
        </message>
        <message>
            <source>Only the first %1 documents are shown (and Code all hits codes only these): more match. Add words to narrow the search.</source>
            <translation>تەنها یەکەم %1 بەڵگەنامە پیشان دراون (و «کۆدکردنی هەموو ئەنجامەکان» تەنها ئەمانە کۆد دەکات): ئەنجامی زیاتر هەن. وشە زیاد بکە بۆ تەسککردنەوەی گەڕانەکە.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>‏%n بەڵگەنامە</numerusform>
                <numerusform>‏%n بەڵگەنامە</numerusform>
            </translation>
        </message>
        <message>
            <source>No hit here can be coded: only the words of transcripts, agenda notes, decisions and summaries are.</source>
            <translation>هیچ ئەنجامێک لێرە کۆد ناکرێت: تەنها وشەکانی دەقە نووسراوەکان، تێبینییەکانی ڕۆژەڤ، بڕیارەکان و پوختەکان کۆد دەکرێن.</translation>
        </message>
        <message>
            <source>Choose the code to apply to every hit.</source>
            <translation>ئەو کۆدە هەڵبژێرە کە لەسەر هەموو ئەنجامێک دادەنرێت.</translation>
        </message>
        <message numerus="yes">
            <source>%n new segment(s) coded</source>
            <translation>
                <numerusform>‏%n بڕگەی نوێ کۆد کرا</numerusform>
                <numerusform>‏%n بڕگەی نوێ کۆد کران</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s) left out: the text changed after the search. Search again to code them.</source>
            <translation>
                <numerusform>‏%n ئەنجام لاوەنرا: دەقەکە دوای گەڕانەکە گۆڕدرا. دووبارە بگەڕێ بۆ کۆدکردنی.</numerusform>
                <numerusform>‏%n ئەنجام لاوەنران: دەقەکە دوای گەڕانەکە گۆڕدرا. دووبارە بگەڕێ بۆ کۆدکردنیان.</numerusform>
            </translation>
        </message>
        <message>
            <source>No hit was coded: the code chosen no longer exists (it was deleted or merged). Choose another code.</source>
            <translation>هیچ ئەنجامێک کۆد نەکرا: کۆدە هەڵبژێردراوەکە چیتر نەماوە (سڕایەوە یان تێکەڵ کرا). کۆدێکی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>No hit was coded: %1 Try again.</source>
            <translation>هیچ ئەنجامێک کۆد نەکرا: %1 دووبارە هەوڵ بدەرەوە.</translation>
        </message>
    </context>
    <context>
        <name>SessionEditorBase</name>
        <message>
            <source>C&amp;ode this session…</source>
            <translation>&amp;کۆدکردنی ئەم دانیشتنە…</translation>
        </message>
        <message>
            <source>Apply codes to this session's text (%1)</source>
            <translation>کۆد دانان لەسەر دەقی ئەم دانیشتنە (%1)</translation>
        </message>
        <message>
            <source>Code this session</source>
            <translation>کۆدکردنی ئەم دانیشتنە</translation>
        </message>
    </context>
    <context>
        <name>SessionParticipantsModel</name>
        <message>
            <source>Without a recorded consent this participant cannot be given speech.</source>
            <translation>بەبێ ڕەزامەندییەکی تۆمارکراو، ناتوانرێت قسە بەم بەشداربووە بدرێت.</translation>
        </message>
        <message>
            <source>Not saved: at most %1 attributes, each name up to %2 characters and each value up to %3.</source>
            <translation>پاشەکەوت نەکرا: زۆرترین %1 تایبەتمەندی، ناوی هەر یەکێکیان تا %2 پیت و نرخی هەر یەکێکیان تا %3.</translation>
        </message>
        <message>
            <source>The pseudonym %1 is already used by another participant.</source>
            <translation>ناوی خوازراوی %1 پێشتر بۆ بەشداربوویەکی تر بەکارهاتووە.</translation>
        </message>
        <message>
            <source>This session is final: unlock it to edit.</source>
            <translation>ئەم دانیشتنە کۆتاییە: بۆ دەستکاریکردن قفڵەکەی بکەرەوە.</translation>
        </message>
        <message>
            <source>This value was not saved: %1</source>
            <translation>ئەم بەهایە پاشەکەوت نەکرا: %1</translation>
        </message>
        <message>
            <source>This value was not saved: the participant is no longer in the database.</source>
            <translation>ئەم بەهایە پاشەکەوت نەکرا: ئەم بەشداربووە ئیتر لە بنکەدراوەکەدا نییە.</translation>
        </message>
        <message>
            <source>This value was not saved: a pseudonym cannot be empty.</source>
            <translation>ئەم بەهایە پاشەکەوت نەکرا: ناوی خوازراو نابێت بەتاڵ بێت.</translation>
        </message>
        <message>
            <source>This value was not saved.</source>
            <translation>ئەم بەهایە پاشەکەوت نەکرا.</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Sessions</source>
            <translation>دانیشتنەکان</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ک&amp;ردنەوە</translation>
        </message>
        <message>
            <source>&amp;Code this session…</source>
            <translation>&amp;کۆدکردنی ئەم دانیشتنە…</translation>
        </message>
        <message>
            <source>&amp;Sort by this column</source>
            <translation>ڕی&amp;زکردن بەپێی ئەم ستوونە</translation>
        </message>
        <message>
            <source>New &amp;roundtable</source>
            <translation>مێزی گفتوگۆی &amp;نوێ</translation>
        </message>
        <message>
            <source>New focus &amp;group</source>
            <translation>&amp;گرووپی گفتوگۆی چڕی نوێ</translation>
        </message>
        <message>
            <source>Search title or venue</source>
            <translation>گەڕان لە ناونیشان یان شوێن</translation>
        </message>
        <message>
            <source>From</source>
            <translation>لە</translation>
        </message>
        <message>
            <source>To</source>
            <translation>تا</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>لە بەرواری</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>تا بەرواری</translation>
        </message>
        <message>
            <source>any</source>
            <translation>هەر بەروارێک</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>هەموو جۆرەکان</translation>
        </message>
        <message>
            <source>All governorates</source>
            <translation>هەموو پارێزگاکان</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>هەموو دۆخەکان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing.</source>
            <translation>گەڕان پیت یان ژمارەی پێویستە: بزوێنەکان، کشیدە یان نیشانە نەبینراوەکان بە تەنیا هیچ نادۆزنەوە.</translation>
        </message>
        <message>
            <source>The From date is after the To date: no session can fall between them.</source>
            <translation>بەرواری «لە» دوای بەرواری «تا»یە: هیچ دانیشتنێک ناکەوێتە نێوانیانەوە.</translation>
        </message>
        <message>
            <source>No session is dated before 2000: type a year from 2000 on.</source>
            <translation>هیچ دانیشتنێک پێش ساڵی 2000 بەروار نەکراوە: ساڵێک لە 2000 بەدواوە بنووسە.</translation>
        </message>
        <message>
            <source>No session matches the search and filters.</source>
            <translation>هیچ دانیشتنێک لەگەڵ گەڕان و پاڵاوتنەکان ناگونجێت.</translation>
        </message>
        <message>
            <source>No sessions yet. Start one with New roundtable or New focus group.</source>
            <translation>هێشتا هیچ دانیشتنێک نییە. بە «مێزی گفتوگۆی نوێ» یان «گرووپی گفتوگۆی چڕی نوێ» یەکێک دەست پێ بکە.</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>پاڵاوتن</translation>
        </message>
        <message>
            <source>Filters (%1 on)</source>
            <translation>پاڵاوتن (%1 چالاکە)</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n دانیشتن</numerusform>
                <numerusform>%n دانیشتن</numerusform>
            </translation>
        </message>
        <message>
            <source>The session was not created: %1</source>
            <translation>دانیشتنەکە دروست نەکرا: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>ڕێکخستنەکان</translation>
        </message>
        <message>
            <source>You</source>
            <translation>تۆ</translation>
        </message>
        <message>
            <source>&amp;Your name (facilitator, coder):</source>
            <translation>&amp;ناوت (ئاسانکار، کۆدکەر):</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>ناوت</translation>
        </message>
        <message>
            <source>Not the laptop's name</source>
            <translation>ناوی لاپتۆپەکە نا</translation>
        </message>
        <message>
            <source>Language and display</source>
            <translation>زمان و پیشاندان</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;زمانی ڕووکار:</translation>
        </message>
        <message>
            <source>&amp;Digits:</source>
            <translation>&amp;ژمارەکان:</translation>
        </message>
        <message>
            <source>Font si&amp;ze:</source>
            <translation>قەبارەی &amp;فۆنت:</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>نموونە:</translation>
        </message>
        <message>
            <source>Arabic-Indic (٠١٢٣)</source>
            <translation>ژمارەی عەرەبی (٠١٢٣)</translation>
        </message>
        <message>
            <source>Latin (0123)</source>
            <translation>ژمارەی لاتینی (0123)</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>ئاسایش</translation>
        </message>
        <message>
            <source>&amp;Lock after (minutes):</source>
            <translation>&amp;قفڵکردن دوای (خولەک):</translation>
        </message>
        <message>
            <source>The demo database never locks: it has no passphrase to ask for. On your own database, Majlis locks after this many minutes without use and asks for the passphrase again.</source>
            <translation>بنکەدراوەی تاقیکاری هەرگیز قفڵ نابێت: هیچ دەستەواژەیەکی نهێنی نییە تا داوای بکات. لە بنکەدراوەی خۆتدا، مەجلیس دوای ئەم ژمارە خولەکە بەبێ بەکارهێنان قفڵ دەبێت و دووبارە داوای دەستەواژەی نهێنی دەکات.</translation>
        </message>
        <message>
            <source>After this many minutes without use, Majlis locks and asks for the passphrase again.</source>
            <translation>دوای ئەم ژمارە خولەکە بەبێ بەکارهێنان، مەجلیس قفڵ دەبێت و دووبارە داوای دەستەواژەی نهێنی دەکات.</translation>
        </message>
        <message>
            <source>Changes take effect at once; no restart is needed.</source>
            <translation>گۆڕانکارییەکان دەستبەجێ جێبەجێ دەبن؛ پێویست بە دەستپێکردنەوە ناکات.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>داتاکانت</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>بوخچەی داتا:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>بنکەدراوە:</translation>
        </message>
        <message>
            <source>&amp;Open data folder</source>
            <translation>&amp;کردنەوەی بوخچەی داتا</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>&amp;لەبەرگرتنەوەی زانیاریی پشکنین</translation>
        </message>
        <message>
            <source>Versions and folders for whoever helps you; no names, texts or keys.</source>
            <translation>وەشانەکان و بوخچەکان بۆ ئەو کەسەی یارمەتیت دەدات؛ بێ ناو، دەق یان کلیل.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>زمانی ڕووکار</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>ژمارەکان</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>قەبارەی فۆنت</translation>
        </message>
        <message>
            <source>Lock after (minutes)</source>
            <translation>قفڵکردن دوای (خولەک)</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>بنەڕەتی سیستەم</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation>زانیاریی پشکنین لەبەرگیرایەوە بۆ کلیپبۆرد.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>How will you use Majlis?</source>
            <translation>چۆن مەجلیس بەکاردەهێنیت؟</translation>
        </message>
        <message>
            <source>&amp;Join a team (with the team file from your coordinator)</source>
            <translation>بە&amp;شداربوون لە تیمێک (بە پەڕگەی تیم لە هەماهەنگکارەکەتەوە)</translation>
        </message>
        <message>
            <source>&amp;Start a team (I am the coordinator)</source>
            <translation>&amp;دروستکردنی تیم (من هەماهەنگکارم)</translation>
        </message>
        <message>
            <source>Work &amp;alone for now (join a team later)</source>
            <translation>کارکردن بە تە&amp;نیا بۆ ئێستا (دواتر بەشداری تیمێک بکە)</translation>
        </message>
        <message>
            <source>Open the &amp;demo (a throwaway database with sample sessions)</source>
            <translation>&amp;کردنەوەی تاقیکاری (بنکەدراوەیەکی کاتی بە دانیشتنی نموونەوە)</translation>
        </message>
        <message>
            <source>&amp;Choose team file…</source>
            <translation>&amp;هەڵبژاردنی پەڕگەی تیم…</translation>
        </message>
        <message>
            <source>Team file</source>
            <translation>پەڕگەی تیم</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>ناوی تیم</translation>
        </message>
        <message>
            <source>The team file %1 is no longer there: nothing was created. If it is on a USB stick, put the stick back and choose the file again.</source>
            <translation>پەڕگەی تیمی %1 ئیتر لەوێ نییە: هیچ دروست نەکرا. ئەگەر لەسەر فلاشی ⁦USB⁩ ـە، فلاشەکە ببەستەوە و دووبارە پەڕگەکە هەڵبژێرە.</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>This survey has no such question.</source>
            <translation>ئەم ڕاپرسییە ئەم پرسیارەی تێدا نییە.</translation>
        </message>
        <message>
            <source>Unknown grouping of respondents.</source>
            <translation>پۆلێنکردنێکی نەناسراوی وەڵامدەرەکان.</translation>
        </message>
        <message>
            <source>No such survey.</source>
            <translation>ئەم ڕاپرسییە بوونی نییە.</translation>
        </message>
        <message>
            <source>{file} is the team's key file, not a form (XLSForm): keep it private.</source>
            <translation>‏{file} پەڕگەی کلیلی تیمە، نەک فۆڕم (⁦XLSForm⁩): بە نهێنی بیپارێزە.</translation>
        </message>
        <message>
            <source>{file} is a bundle of changes (an encrypted Majlis file), not a form (XLSForm).</source>
            <translation>‏{file} پاکێتی گۆڕانکارییە (پەڕگەیەکی شفرەکراوی ⁦Majlis⁩)، نەک فۆڕم (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a PDF, not a form (XLSForm).</source>
            <translation>‏{file} بەڵگەنامەیەکی ⁦PDF⁩ە، نەک فۆڕم (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a database, not a form (XLSForm).</source>
            <translation>‏{file} بنکەدراوەیە، نەک فۆڕم (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is the team file, not a form (XLSForm).</source>
            <translation>‏{file} پەڕگەی تیمە، نەک فۆڕم (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a team update, not a form (XLSForm).</source>
            <translation>‏{file} نوێکردنەوەی تیمە، نەک فۆڕم (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>The form {file} is protected by a password, which Majlis cannot open. Open it in Excel with its password, remove the password, save it, and choose it again.</source>
            <translation>فۆڕمی {file} بە وشەی نهێنی پارێزراوە و مەجلیس ناتوانێت بیکاتەوە. لە ⁦Excel⁩ بە وشە نهێنییەکەی بیکەرەوە، وشە نهێنییەکە لابەرە، پاشەکەوتی بکە، پاشان دووبارە هەڵیبژێرە.</translation>
        </message>
        <message>
            <source>The form {file} cannot be read as an XLSForm workbook (.xlsx): it is damaged, or not a workbook. Download the form again from KoboToolbox or ODK Central and choose that file.</source>
            <translation>ناتوانرێت فۆڕمی {file} وەک پەڕگەی ⁦XLSForm⁩ ‏(⁦.xlsx⁩) بخوێندرێتەوە: تێکچووە، یان پەڕگەی ⁦Excel⁩ نییە. فۆڕمەکە دووبارە لە ⁦KoboToolbox⁩ یان ⁦ODK Central⁩ دابگرە، پاشان ئەو پەڕگەیە هەڵبژێرە.</translation>
        </message>
        <message>
            <source>The form {file} has no 'survey' sheet: is it an XLSForm?</source>
            <translation>فۆڕمی {file} پەڕەی «⁦survey⁩»ی تێدا نییە: ئایا ⁦XLSForm⁩ە؟</translation>
        </message>
        <message>
            <source>The column {column} appears twice in {file}.</source>
            <translation>ستوونی {column} دوو جار لە {file} هاتووە.</translation>
        </message>
        <message>
            <source>{file} is the form (XLSForm), not the responses: choose the survey's data export as the survey file and this one as the form.</source>
            <translation>‏{file} فۆڕمەکەیە (⁦XLSForm⁩)، نەک وەڵامەکان: هەناردەی داتای ڕاپرسییەکە وەک پەڕگەی ڕاپرسی هەڵبژێرە و ئەم پەڕگەیە وەک فۆڕم.</translation>
        </message>
        <message>
            <source>None of the columns of {file} is a question of the form or a column of KoboToolbox or ODK Central: it is not an export of this form. Choose the export of this form's responses, downloaded with XML names as headers.</source>
            <translation>هیچ ستوونێکی {file} پرسیارێکی فۆڕمەکە یان ستوونێکی ⁦KoboToolbox⁩ یان ⁦ODK Central⁩ نییە: ئەمە هەناردەی ئەم فۆڕمە نییە. هەناردەی وەڵامەکانی ئەم فۆڕمە هەڵبژێرە، کە بە ناوەکانی ⁦XML⁩ وەک سەردێڕ داگیرابێت.</translation>
        </message>
        <message>
            <source>The column {column} of {file} is not in the form. Is this the form's version that collected the data, exported with XML names as headers?</source>
            <translation>ستوونی {column} (لە {file}) لە فۆڕمەکەدا نییە. ئایا ئەمە ئەو وەشانەی فۆڕمەکەیە کە داتاکەی پێ کۆکراوەتەوە، و بە ناوەکانی ⁦XML⁩ وەک سەردێڕ هەناردە کراوە؟</translation>
        </message>
        <message>
            <source>{count} columns of {file} are not in the form (first: {column}). Is this the form's version that collected the data, exported with XML names as headers?</source>
            <translation>‏{count} ستوونی {file} لە فۆڕمەکەدا نین (یەکەمیان: {column}). ئایا ئەمە ئەو وەشانەی فۆڕمەکەیە کە داتاکەی پێ کۆکراوەتەوە، و بە ناوەکانی ⁦XML⁩ وەک سەردێڕ هەناردە کراوە؟</translation>
        </message>
        <message>
            <source>{file} holds no answer to the questions chosen: none of them is a column of it. Choose questions this export answers, or the export of the form version you chose them from.</source>
            <translation>‏{file} هیچ وەڵامێکی پرسیارە هەڵبژێردراوەکانی تێدا نییە: هیچیان ستوونێکی ئەو نییە. ئەو پرسیارانە هەڵبژێرە کە ئەم هەناردەیە وەڵامیان دەداتەوە، یان هەناردەی ئەو وەشانەی فۆڕمەکە کە پرسیارەکانت لێ هەڵبژاردووە.</translation>
        </message>
        <message>
            <source>{file} has no submission id column (_uuid, meta/instanceID or KEY).</source>
            <translation>‏{file} ستوونی ناسنامەی ناردنی تێدا نییە (⁦_uuid⁩ یان ⁦meta/instanceID⁩ یان ⁦KEY⁩).</translation>
        </message>
        <message>
            <source>The two files seem to be the wrong way round: {form} is a survey export and {file} is the form (XLSForm). Choose {form} as the survey file and {file} as the form; nothing was imported.</source>
            <translation>وا دیارە دوو پەڕگەکە پێچەوانە دراون: {form} هەناردەی ڕاپرسییە و {file} فۆڕمەکەیە (⁦XLSForm⁩). {form} وەک پەڕگەی ڕاپرسی هەڵبژێرە و {file} وەک فۆڕم؛ هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>A survey export needs its XLSForm (the form's .xlsx) to show questions and answers in Arabic, Kurdish and English.</source>
            <translation>پەڕگەی هەناردەکراوی ڕاپرسی پێویستی بە فۆڕمی ⁦XLSForm⁩ەکەی هەیە (پەڕگەی ⁦.xlsx⁩) بۆ پیشاندانی پرسیار و وەڵامەکان بە عەرەبی و کوردی و ئینگلیزی.</translation>
        </message>
        <message>
            <source>{file} is a device or a pipe, not a form (XLSForm).</source>
            <translation>‏{file} ئامێرێک یان بۆرییەکە، نەک فۆڕم (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a folder, not a form (XLSForm).</source>
            <translation>‏{file} بوخچەیەکە، نەک فۆڕم (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>The form {file} does not exist.</source>
            <translation>فۆڕمی {file} بوونی نییە.</translation>
        </message>
        <message>
            <source>The form holds a text longer than Majlis can send to the centre (over {limit} characters). Shorten it in the XLSForm and import again.</source>
            <translation>فۆڕمەکە دەقێکی تێدایە درێژترە لەوەی مەجلیس بتوانێت بۆ ناوەند بینێرێت (زیاتر لە {limit} پیت). لە ⁦XLSForm⁩ەکەدا کورتی بکەرەوە و دووبارە هاوردەی بکەرەوە.</translation>
        </message>
        <message>
            <source>Row {row} of {file} has no submission id.</source>
            <translation>ڕیزی {row} لە {file} ناسنامەی ناردنی نییە.</translation>
        </message>
        <message>
            <source>Rows {first} and {row} of {file} are the same submission (the same id): remove the duplicate and import again.</source>
            <translation>ڕیزەکانی {first} و {row} لە {file} هەمان ناردنن (هەمان ناسنامە): دووبارەکە لابە و دووبارە هاوردەی بکەرەوە.</translation>
        </message>
        <message>
            <source>The import was cancelled.</source>
            <translation>هاوردەکردن هەڵوەشێندرایەوە.</translation>
        </message>
        <message>
            <source>{file} holds no responses.</source>
            <translation>‏{file} هیچ وەڵامێکی تێدا نییە.</translation>
        </message>
        <message>
            <source>The survey file {file} cannot be read: it is damaged or was not wholly downloaded. Download the export again and import that file.</source>
            <translation>ناتوانرێت پەڕگەی ڕاپرسی {file} بخوێندرێتەوە: تێکچووە یان بە تەواوی دانەگیراوە. هەناردەکە دووبارە دابگرە، پاشان ئەو پەڕگەیە هاوردە بکە.</translation>
        </message>
        <message>
            <source>{file} is a device or a pipe, not a survey file.</source>
            <translation>‏{file} ئامێرێک یان بۆرییەکە، نەک پەڕگەی ڕاپرسی.</translation>
        </message>
        <message>
            <source>{file} is a folder, not a survey file.</source>
            <translation>‏{file} بوخچەیەکە، نەک پەڕگەی ڕاپرسی.</translation>
        </message>
        <message>
            <source>The survey file {file} does not exist.</source>
            <translation>پەڕگەی ڕاپرسی {file} بوونی نییە.</translation>
        </message>
        <message>
            <source>{file} is protected by a password, which Majlis cannot open. Open it in Excel with its password, remove the password, save it, and import it again.</source>
            <translation>‏{file} بە وشەی نهێنی پارێزراوە و مەجلیس ناتوانێت بیکاتەوە. لە ⁦Excel⁩ بە وشە نهێنییەکەی بیکەرەوە، وشە نهێنییەکە لابەرە، پاشەکەوتی بکە، پاشان دووبارە هاوردەی بکە.</translation>
        </message>
        <message>
            <source>{file} is an old Excel workbook (.xls). Save it as .xlsx in Excel, or export the survey again as XLSX or CSV, and import that file.</source>
            <translation>‏{file} پەڕگەیەکی کۆنی ⁦Excel⁩ ـە (⁦.xls⁩). لە ⁦Excel⁩ وەک ⁦.xlsx⁩ پاشەکەوتی بکە، یان ڕاپرسییەکە دووبارە وەک ⁦XLSX⁩ یان ⁦CSV⁩ هەناردە بکە، پاشان ئەو پەڕگەیە هاوردە بکە.</translation>
        </message>
        <message>
            <source>{file} is a web page, not a survey export (was the download asked to sign in?). Download the export again from KoboToolbox or ODK Central as XLSX or CSV.</source>
            <translation>‏{file} پەڕەیەکی وێبە، نەک هەناردەی ڕاپرسی (ئایا داگرتنەکە داوای چوونەژوورەوەی کرد؟). هەناردەکە دووبارە لە ⁦KoboToolbox⁩ یان ⁦ODK Central⁩ وەک ⁦XLSX⁩ یان ⁦CSV⁩ دابگرە.</translation>
        </message>
        <message>
            <source>{file} is the team's key file, not a survey export: keep it private.</source>
            <translation>‏{file} پەڕگەی کلیلی تیمە، نەک هەناردەی ڕاپرسی: بە نهێنی بیپارێزە.</translation>
        </message>
        <message>
            <source>{file} is a bundle of changes (an encrypted Majlis file), not a survey export.</source>
            <translation>‏{file} پاکێتی گۆڕانکارییە (پەڕگەیەکی شفرەکراوی ⁦Majlis⁩)، نەک هەناردەی ڕاپرسی.</translation>
        </message>
        <message>
            <source>{file} is a PDF, not a survey export.</source>
            <translation>‏{file} بەڵگەنامەیەکی ⁦PDF⁩ە، نەک هەناردەی ڕاپرسی.</translation>
        </message>
        <message>
            <source>{file} is a database, not a survey export.</source>
            <translation>‏{file} بنکەدراوەیە، نەک هەناردەی ڕاپرسی.</translation>
        </message>
        <message>
            <source>{file} is the team file, not a survey export.</source>
            <translation>‏{file} پەڕگەی تیمە، نەک هەناردەی ڕاپرسی.</translation>
        </message>
        <message>
            <source>{file} is a team update, not a survey export.</source>
            <translation>‏{file} نوێکردنەوەی تیمە، نەک هەناردەی ڕاپرسی.</translation>
        </message>
        <message>
            <source>The file {file} mixes text encodings (line {line} is not UTF-8 but other lines are). Save it again as UTF-8 and import it again.</source>
            <translation>پەڕگەی {file} دوو ئینکۆدینگی تێکەڵ کردووە (هێڵی {line} ⁦UTF-8⁩ نییە بەڵام هێڵەکانی تر ⁦UTF-8⁩ن). دووبارە وەک ⁦UTF-8⁩ پاشەکەوتی بکە و دووبارە هاوردەی بکەرەوە.</translation>
        </message>
        <message>
            <source>{file} was imported before: every response in it is already in the survey “{title}”. Nothing was imported.</source>
            <translation>‏{file} پێشتر هاوردە کراوە: هەموو وەڵامێکی ناوی لە ڕاپرسیی «{title}»دا هەیە. هیچ هاوردە نەکرا.</translation>
        </message>
    </context>
    <context>
        <name>SurveyImportDialog</name>
        <message>
            <source>The survey could not be imported.</source>
            <translation>ڕاپرسییەکە هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>Import a survey</source>
            <translation>هاوردەکردنی ڕاپرسی</translation>
        </message>
        <message>
            <source>Survey &amp;export (XLSX or CSV)</source>
            <translation>هە&amp;ناردەی ڕاپرسی (⁦XLSX⁩ یان ⁦CSV⁩)</translation>
        </message>
        <message>
            <source>X&amp;LSForm (the form's .xlsx)</source>
            <translation>‏⁦XLSForm⁩ (پەڕگەی &amp;فۆڕمەکە بە شێوەی ⁦xlsx⁩)</translation>
        </message>
        <message>
            <source>Survey export</source>
            <translation>هەناردەی ڕاپرسی</translation>
        </message>
        <message>
            <source>XLSForm</source>
            <translation>‏⁦XLSForm⁩</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>هەڵبژاردن…</translation>
        </message>
        <message>
            <source>Choose the survey export</source>
            <translation>هەناردەی ڕاپرسییەکە هەڵبژێرە</translation>
        </message>
        <message>
            <source>Choose the XLSForm</source>
            <translation>فۆڕمی ⁦XLSForm⁩ هەڵبژێرە</translation>
        </message>
        <message>
            <source>&amp;Questions to import</source>
            <translation>پ&amp;رسیارەکانی هاوردەکردن</translation>
        </message>
        <message>
            <source>Questions to import</source>
            <translation>پرسیارەکانی هاوردەکردن</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>هەمووی &amp;دیاری بکە</translation>
        </message>
        <message>
            <source>Select &amp;none</source>
            <translation>هیچ دیاری مە&amp;کە</translation>
        </message>
        <message>
            <source>&amp;Keep identifying columns (names, phones, locations, who submitted)</source>
            <translation>&amp;ستوونە ناسێنەرەکان بهێڵەوە (ناو، تەلەفۆن، شوێن، ناردەر)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;هاوردەکردن</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>هەڵوەشاندنەوە</translation>
        </message>
        <message>
            <source>%1 (identifying)</source>
            <translation>‏%1 (ناسێنەر)</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>عەرەبی</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>کوردی</translation>
        </message>
        <message>
            <source>English</source>
            <translation>ئینگلیزی</translation>
        </message>
        <message numerus="yes">
            <source>%n answer label(s) missing in %1 (list %2); another language is shown.</source>
            <translation>
                <numerusform>‏%n ناونیشانی وەڵام بە %1 نییە (لیستی %2)؛ زمانێکی تر پیشان دەدرێت.</numerusform>
                <numerusform>‏%n ناونیشانی وەڵام بە %1 نییە (لیستی %2)؛ زمانێکی تر پیشان دەدرێت.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question label(s) missing in %1; another language is shown.</source>
            <translation>
                <numerusform>‏%n ناونیشانی پرسیار بە %1 نییە؛ زمانێکی تر پیشان دەدرێت.</numerusform>
                <numerusform>‏%n ناونیشانی پرسیار بە %1 نییە؛ زمانێکی تر پیشان دەدرێت.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n response(s) read</source>
            <translation>
                <numerusform>‏%n وەڵام خوێندرایەوە</numerusform>
                <numerusform>‏%n وەڵام خوێندرایەوە</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping the import…</source>
            <translation>هاوردەکردن ڕادەگیرێت…</translation>
        </message>
        <message>
            <source>Survey exports (*.xlsx *.csv)</source>
            <translation>هەناردەکانی ڕاپرسی ‎(*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>XLSForms (*.xlsx *.xls)</source>
            <translation>فۆڕمەکانی ⁦XLSForm⁩ ‎(*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Choose at least one question to import.</source>
            <translation>لانیکەم پرسیارێک بۆ هاوردەکردن هەڵبژێرە.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>هاوردەکردنەکە هەڵوەشێنرایەوە؛ هیچ شتێک هاوردە نەکرا.</translation>
        </message>
        <message>
            <source>The survey file cannot be read.</source>
            <translation>پەڕگەی ڕاپرسییەکە ناخوێندرێتەوە.</translation>
        </message>
    </context>
    <context>
        <name>SurveyTab</name>
        <message>
            <source>&amp;Survey</source>
            <translation>ڕ&amp;اپرسی</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>پ&amp;رسیار</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>&amp;دابەشکردن بەپێی</translation>
        </message>
        <message>
            <source>Ans&amp;wers that support</source>
            <translation>&amp;وەڵامە پشتگیرەکان</translation>
        </message>
        <message>
            <source>&amp;In</source>
            <translation>&amp;لە</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>ڕا&amp;سپاردە</translation>
        </message>
        <message>
            <source>all respondents</source>
            <translation>هەموو وەڵامدەران</translation>
        </message>
        <message>
            <source>governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>&amp;Link this figure to the recommendation</source>
            <translation>بەستنەوەی ئەم &amp;ژمارەیە بە ڕاسپاردەکەوە</translation>
        </message>
        <message>
            <source>Import a survey &amp;export…</source>
            <translation>هاوردەکردنی &amp;هەناردەی ڕاپرسی…</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>وەڵامەکان</translation>
        </message>
        <message>
            <source>Imported. Responses: %1; questions: %2; identifying columns left out: %3.</source>
            <translation>هاوردە کرا. وەڵامەکان: %1؛ پرسیارەکان: %2؛ ستوونە ناسێنەرە لابراوەکان: %3.</translation>
        </message>
        <message>
            <source>No survey yet. Import a survey export (KoboToolbox or ODK) to see its answers here.</source>
            <translation>هێشتا هیچ ڕاپرسییەک نییە. هەناردەی ڕاپرسییەک (لە ⁦KoboToolbox⁩ یان ⁦ODK⁩) هاوردە بکە بۆ ئەوەی وەڵامەکانی لێرە ببینیت.</translation>
        </message>
        <message>
            <source>%1 (imported %2, n = %3)</source>
            <translation>‏%1 (لە %2 هاوردە کراوە، n = %3)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>گرووپ</translation>
        </message>
        <message>
            <source>n</source>
            <translation>ژمارە</translation>
        </message>
        <message>
            <source>Choose a recommendation and the answers that count as support.</source>
            <translation>ڕاسپاردەیەک و ئەو وەڵامانە هەڵبژێرە کە وەک پشتگیری دەژمێردرێن.</translation>
        </message>
        <message>
            <source>Linked.</source>
            <translation>بەسترایەوە.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>هاوکاتکردن</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>هاو&amp;ردەکردنی پاکێتەکان…</translation>
        </message>
        <message>
            <source>Team &amp;key file…</source>
            <translation>پەڕگەی &amp;کلیلی تیم…</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>هەڵ&amp;وەشاندنەوە</translation>
        </message>
        <message>
            <source>Drop bundle files or a folder (a USB stick) here to import them, whatever their name.</source>
            <translation>پەڕگەکانی پاکێت یان بوخچەیەک (فلاشی ⁦USB⁩) لێرە دابنێ بۆ هاوردەکردنیان، ناویان هەرچییەک بێت.</translation>
        </message>
        <message>
            <source>&amp;Devices and changes received:</source>
            <translation>ئامێرەکان و &amp;گۆڕانکارییە وەرگیراوەکان:</translation>
        </message>
        <message>
            <source>Team key: {path}</source>
            <translation>کلیلی تیم: {path}</translation>
        </message>
        <message>
            <source>Team key: none chosen (needed to import)</source>
            <translation>کلیلی تیم: هەڵنەبژێردراوە (بۆ هاوردەکردن پێویستە)</translation>
        </message>
        <message>
            <source>Receive and merge (coordinator)</source>
            <translation>وەرگرتن و تێکەڵکردن (هەماهەنگکار)</translation>
        </message>
        <message>
            <source>Reading the team key file…</source>
            <translation>پەڕگەی کلیلی تیم دەخوێندرێتەوە…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>هاوردەکردنی بوخچەیەک…</translation>
        </message>
        <message>
            <source>Exporting a bundle, applying a team update and resolving a conflict wait until the import has finished.</source>
            <translation>هەناردەکردنی پاکێت، جێبەجێکردنی نوێکردنەوەی تیم و چارەسەرکردنی ناکۆکییەکان چاوەڕێی تەواوبوونی هاوردەکردنەکە دەکەن.</translation>
        </message>
        <message>
            <source>Exporting a bundle, publishing a team update, approving or rejecting a device and resolving a conflict wait until the import has finished.</source>
            <translation>هەناردەکردنی پاکێت، بڵاوکردنەوەی نوێکردنەوەی تیم، پەسەندکردن یان ڕەتکردنەوەی ئامێر و چارەسەرکردنی ناکۆکییەکان چاوەڕێی تەواوبوونی هاوردەکردنەکە دەکەن.</translation>
        </message>
        <message>
            <source>The centre's roster names this laptop a coordinator: bundles are merged here with the team key file exported at the centre. Laptops are approved at the centre; a bundle of a laptop that no team update has named yet waits here until one does.</source>
            <translation>لە ئامێرە پەسەندکراوەکانی ناوەنددا ئەم لاپتۆپە هەماهەنگکارە: پاکێتەکان لێرە بە پەڕگەی کلیلی تیم کە لە ناوەند هەناردە کراوە تێکەڵ دەکرێن. لاپتۆپەکان لە ناوەند پەسەند دەکرێن؛ پاکێتی لاپتۆپێک کە هێشتا هیچ نوێکردنەوەیەکی تیم ناوی نەهێناوە لێرە چاوەڕێ دەکات تا نوێکردنەوەیەک ناوی دەهێنێت.</translation>
        </message>
        <message>
            <source>Res&amp;ults:</source>
            <translation>&amp;ئەنجامەکان:</translation>
        </message>
        <message>
            <source>What each bundle exported or imported and each team update did is listed here.</source>
            <translation>ئەنجامی هەر پاکێتێک کە هەناردە یان هاوردە دەکرێت و هەر نوێکردنەوەیەکی تیم کە جێبەجێ دەکرێت لێرە دەنووسرێت.</translation>
        </message>
        <message>
            <source>Team key: kept in this database</source>
            <translation>کلیلی تیم: لەم بنکەدراوەیەدا پارێزراوە</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>هاوردەکردنی پاکێتەکان</translation>
        </message>
        <message>
            <source>Choose team key file</source>
            <translation>پەڕگەی کلیلی تیم هەڵبژێرە</translation>
        </message>
        <message>
            <source>Import a folder of bundles</source>
            <translation>هاوردەکردنی بوخچەیەکی پاکێت</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>هەڵوەشاندنەوەی هاوردەکردن</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>ڕەوتی هاوردەکردن</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>ئەنجامەکانی هاوردەکردن</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>ئامێرەکان</translation>
        </message>
        <message>
            <source>What the last import did</source>
            <translation>ئەنجامی دوایین هاوردەکردن</translation>
        </message>
        <message>
            <source>Devices on the roster: {devices}; with changes missing: {missing}; nothing received yet: {silent}.</source>
            <translation>ئامێرە پەسەندکراوەکان: {devices}؛ ئەوانەی گۆڕانکارییان ونبووە: {missing}؛ ئەوانەی هێشتا هیچیان لێ نەگەیشتووە: {silent}.</translation>
        </message>
        <message>
            <source>The files dropped were not taken: an import is running. Drop them again once it has finished.</source>
            <translation>ئەو پەڕگانەی دانران وەرنەگیران: هاوردەکردنێک لە کاردایە. دوای تەواوبوونی دووبارە دایانبنێوە.</translation>
        </message>
        <message>
            <source>Team key file</source>
            <translation>پەڕگەی کلیلی تیم</translation>
        </message>
        <message>
            <source>Key files (*)</source>
            <translation>پەڕگەکانی کلیل (*)</translation>
        </message>
        <message>
            <source>All files (*);;Majlis bundles (*.majlis)</source>
            <translation>هەموو پەڕگەکان (*);;پاکێتەکانی مەجلیس ‎(*.majlis)</translation>
        </message>
        <message>
            <source>Team key file: {reason}</source>
            <translation>پەڕگەی کلیلی تیم: {reason}</translation>
        </message>
        <message>
            <source>Team key file: its passphrase was not given, so no bundle was imported.</source>
            <translation>پەڕگەی کلیلی تیم: دەستەواژە نهێنییەکەی نەدرا، بۆیە هیچ پاکێتێک هاوردە نەکرا.</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <source>Something went wrong; nothing was changed.</source>
            <translation>هەڵەیەک ڕوویدا؛ هیچ شتێک نەگۆڕا.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>سەرنەکەوت: {reason}</translation>
        </message>
        <message>
            <source>{file} could not be read, so the import stopped after the team updates above were applied; no bundle was read. Import the files again once this is put right.</source>
            <translation>نەتوانرا {file} بخوێندرێتەوە، بۆیە هاوردەکردن وەستا دوای ئەوەی نوێکردنەوەکانی تیمی سەرەوە جێبەجێ کران؛ هیچ پاکێتێک نەخوێندرایەوە. دوای چاککردنی ئەمە دیسان پەڕگەکان هاوردە بکەرەوە.</translation>
        </message>
        <message>
            <source>The import stopped after the team updates above were applied, while the team key file was read: {reason} No bundle was read.</source>
            <translation>هاوردەکردن وەستا دوای ئەوەی نوێکردنەوەکانی تیمی سەرەوە جێبەجێ کران، لە کاتی خوێندنەوەی پەڕگەی کلیلی تیم: {reason} هیچ پاکێتێک نەخوێندرایەوە.</translation>
        </message>
        <message>
            <source>The import stopped after the team updates above were applied, before any bundle was read: {reason} Import the files again once this is put right.</source>
            <translation>هاوردەکردن وەستا دوای ئەوەی نوێکردنەوەکانی تیمی سەرەوە جێبەجێ کران، پێش خوێندنەوەی هیچ پاکێتێک: {reason} دوای چاککردنی ئەمە دیسان پەڕگەکان هاوردە بکەرەوە.</translation>
        </message>
        <message>
            <source>{file}: imported (new changes: {changes}, conflicts: {conflicts})</source>
            <translation>‏{file}: هاوردەکرا (گۆڕانکاریی نوێ: {changes}، ناکۆکی: {conflicts})</translation>
        </message>
        <message>
            <source>{file}: already present (signed by the key of device {device}, revoked since it was imported; nothing was changed)</source>
            <translation>‏{file}: پێشتر هەیە (بە کلیلی ئامێری {device} واژۆ کراوە، کە دوای هاوردەکردنی هەڵوەشێنرایەوە؛ هیچ شتێک نەگۆڕدرا)</translation>
        </message>
        <message>
            <source>{file}: already present</source>
            <translation>‏{file}: پێشتر هەیە</translation>
        </message>
        <message>
            <source>{file}: already waiting for approval (a new key of device {device}, revoked on the roster)</source>
            <translation>‏{file}: پێشتر چاوەڕێی پەسەندکردنە (کلیلێکی نوێی ئامێری {device}، کە لە ئامێرە پەسەندکراوەکاندا هەڵوەشێنراوەتەوە)</translation>
        </message>
        <message>
            <source>{file}: held for approval (a new key of device {device}, revoked on the roster: compare its fingerprint with the facilitator, then approve or reject it)</source>
            <translation>‏{file}: بۆ پەسەندکردن ڕاگیراوە (کلیلێکی نوێی ئامێری {device}، کە لە ئامێرە پەسەندکراوەکاندا هەڵوەشێنراوەتەوە: پەنجەمۆری کلیلەکەی لەگەڵ ئاسانکار بەراورد بکە، پاشان پەسەندی بکە یان ڕەتی بکەرەوە)</translation>
        </message>
        <message>
            <source>{file}: already waiting for approval (device {device} is not on the roster)</source>
            <translation>‏{file}: پێشتر چاوەڕێی پەسەندکردنە (ئامێری {device} لە ئامێرە پەسەندکراوەکان نییە)</translation>
        </message>
        <message>
            <source>{file}: held for approval (device {device} is not on the roster)</source>
            <translation>‏{file}: بۆ پەسەندکردن ڕاگیراوە (ئامێری {device} لە ئامێرە پەسەندکراوەکان نییە)</translation>
        </message>
        <message>
            <source>{file}: refused: {reason}</source>
            <translation>‏{file}: ڕەتکرایەوە: {reason}</translation>
        </message>
        <message>
            <source>If the laptop wrote this file before it was lost, select the laptop under Devices on the roster and press “{button}”.</source>
            <translation>ئەگەر لاپتۆپەکە ئەم پەڕگەیەی پێش ونبوونی نووسیبێت، لە ژێر ئامێرە پەسەندکراوەکان دیاری بکە و «{button}» دابگرە.</translation>
        </message>
        <message>
            <source>{file}: team update {number} applied (rows changed: {changed})</source>
            <translation>‏{file}: نوێکردنەوەی تیمی ژمارە {number} جێبەجێ کرا (ڕیزە گۆڕاوەکان: {changed})</translation>
        </message>
        <message>
            <source>Codes made on this laptop that the centre merged into others or deleted: {count}. Their codings were moved or deleted with them.</source>
            <translation>کۆدە دروستکراوەکانی ئەم لاپتۆپە کە ناوەند لەگەڵ کۆدی تردا تێکەڵی کردن یان سڕینیەوە: {count}. بڕگە کۆدکراوەکانیان لەگەڵیاندا گوازرانەوە یان سڕانەوە.</translation>
        </message>
        <message>
            <source>This laptop's codings with codes the centre deleted: {count}, deleted with them.</source>
            <translation>کۆدکردنەکانی ئەم لاپتۆپە بەو کۆدانەی ناوەند سڕینییەوە: {count}، لەگەڵیاندا سڕانەوە.</translation>
        </message>
        <message>
            <source>This laptop's codings with codes the centre merged into others: {count}, moved to those codes.</source>
            <translation>کۆدکردنەکانی ئەم لاپتۆپە بەو کۆدانەی ناوەند تێکەڵی کۆدی تری کردن: {count}، گوازرانەوە بۆ ئەو کۆدانە.</translation>
        </message>
        <message>
            <source>A new version of the consent form: new consents use it; consents already taken keep the version signed. Participants to ask again: {count}.</source>
            <translation>وەشانێکی نوێی فۆڕمی ڕەزامەندی: ڕەزامەندییە نوێیەکان بەکاری دەهێنن، ئەو ڕەزامەندییانەی پێشتر وەرگیراون لەسەر ئەو وەشانە دەمێننەوە کە واژۆ کراوە. ئەو بەشداربووانەی دووبارە داوایان لێ دەکرێتەوە: {count}.</translation>
        </message>
        <message>
            <source>The centre made a new team key: this laptop's next bundles are encrypted to it.</source>
            <translation>ناوەند کلیلێکی نوێی تیمی دروست کرد: پاکێتەکانی داهاتووی ئەم لاپتۆپە بۆ ئەو کلیلە شفرە دەکرێن.</translation>
        </message>
        <message>
            <source>The centre's roster now names this laptop a coordinator: it receives and merges bundles (Receive and merge, below).</source>
            <translation>ئێستا لە ئامێرە پەسەندکراوەکانی ناوەنددا ئەم لاپتۆپە هەماهەنگکارە: پاکێتەکان وەردەگرێت و تێکەڵیان دەکات (وەرگرتن و تێکەڵکردن، لە خوارەوە).</translation>
        </message>
        <message>
            <source>The centre's roster no longer names this laptop a coordinator: bundles are no longer merged here.</source>
            <translation>لە ئامێرە پەسەندکراوەکانی ناوەنددا ئەم لاپتۆپە چیتر هەماهەنگکار نییە: چیتر پاکێتەکان لێرە تێکەڵ ناکرێن.</translation>
        </message>
        <message>
            <source>{file}: skipped: this centre's own team update, written here for the laptops (the centre does not apply team updates).</source>
            <translation>‏{file}: پەڕێنرا: ئەمە نوێکردنەوەی تیمی خودی ئەم ناوەندەیە، لێرە بۆ لاپتۆپەکان نووسراوە (ناوەند نوێکردنەوەکانی تیم جێبەجێ ناکات).</translation>
        </message>
        <message>
            <source>{file}: sent from this laptop, for the centre to merge; nothing to do here.</source>
            <translation>‏{file}: ئەم لاپتۆپە ناردوویەتی بۆ ئەوەی ناوەند تێکەڵی بکات؛ لێرە هیچ شتێک ناکرێت.</translation>
        </message>
        <message>
            <source>{file}: no team update in this folder or its subfolders; nothing was changed.</source>
            <translation>‏{file}: هیچ نوێکردنەوەیەکی تیم لەم بوخچەیە و بوخچە لاوەکییەکانیدا نییە؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>{file}: already applied: team update {number} is the one applied here; nothing was changed.</source>
            <translation>‏{file}: پێشتر جێبەجێ کراوە: نوێکردنەوەی تیمی ژمارە {number} ئەوەیە کە لێرە جێبەجێ کراوە؛ هیچ نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>{file}: not applied: team update {number} is older than the one already applied here (team update {applied}); nothing was changed.</source>
            <translation>‏{file}: جێبەجێ نەکرا: نوێکردنەوەی تیمی ژمارە {number} کۆنترە لەوەی لێرە جێبەجێ کراوە (نوێکردنەوەی تیمی ژمارە {applied})؛ هیچ نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>{file}: discarded: device {device} was rejected</source>
            <translation>‏{file}: فڕێدرا: ئامێری {device} ڕەتکرایەوە</translation>
        </message>
        <message>
            <source>{file}: imported when device {device} was approved (new changes: {changes}, conflicts: {conflicts})</source>
            <translation>‏{file}: کاتێک ئامێری {device} پەسەندکرا هاوردەکرا (گۆڕانکاریی نوێ: {changes}، ناکۆکی: {conflicts})</translation>
        </message>
        <message>
            <source>{file}: refused when device {device} was approved: {reason}</source>
            <translation>‏{file}: کاتێک ئامێری {device} پەسەندکرا ڕەتکرایەوە: {reason}</translation>
        </message>
        <message>
            <source>{file}: device {device} was approved; nothing new in it</source>
            <translation>‏{file}: ئامێری {device} پەسەندکرا؛ هیچی نوێی تێدا نییە</translation>
        </message>
        <message>
            <source>{file}: not applied yet: a team update put device {device} on the roster, but applying its bundles stopped before this one. The next team update applies it.</source>
            <translation>‏{file}: هێشتا جێبەجێ نەکراوە: نوێکردنەوەیەکی تیم ئامێری {device} کرد بە ئامێری پەسەندکراو، بەڵام جێبەجێکردنی پاکێتەکانی پێش ئەمە وەستا. نوێکردنەوەی داهاتووی تیم جێبەجێی دەکات.</translation>
        </message>
        <message>
            <source>{file}: not applied yet: device {device} is on the roster, but applying its bundles stopped before this one. Once this is put right, select the device among the devices waiting and press Approve again.</source>
            <translation>‏{file}: هێشتا جێبەجێ نەکراوە: ئامێری {device} ئێستا ئامێرێکی پەسەندکراوە، بەڵام جێبەجێکردنی پاکێتەکانی پێش ئەمە وەستا. دوای چاککردنی ئەمە، ئامێرەکە لە نێو ئامێرە چاوەڕوانەکاندا هەڵبژێرە و دووبارە «پەسەندی بکە» دابگرە.</translation>
        </message>
        <message>
            <source>Applying the bundles held for the devices it put on the roster stopped: {reason} Bundles applied before it: {applied} of {total}. The others stay held and are applied with the next team update, once this is put right.</source>
            <translation>جێبەجێکردنی ئەو پاکێتانەی بۆ ئەو ئامێرانە ڕاگیرابوون کە کردنی بە ئامێری پەسەندکراو وەستا: {reason} ئەو پاکێتانەی پێش ئەوە جێبەجێ کران: {applied} لە {total}. ئەوانی تر ڕاگیراو دەمێننەوە و لەگەڵ نوێکردنەوەی داهاتووی تیمدا جێبەجێ دەکرێن، دوای چاککردنی ئەمە.</translation>
        </message>
    </context>
    <context>
        <name>SyncedFolder</name>
        <message>
            <source>This database is in a folder that {service} keeps in sync. A sync can copy the database while Majlis is writing it, or keep two versions of it, and work is lost. Keep the database in the Majlis data folder ({folder}) and send bundles to share work.</source>
            <translation>ئەم بنکەدراوەیە لە بوخچەیەکدایە کە {service} هاوکاتی دەکات. هاوکاتکردن دەتوانێت بنکەدراوەکە کۆپی بکات لە کاتێکدا مەجلیس تێیدا دەنووسێت، یان دوو وەشانی لێ بهێڵێتەوە، و کارەکە ون دەبێت. بنکەدراوەکە لە بوخچەی داتای مەجلیس ({folder}) دابنێ و پاکێت بنێرە بۆ هاوبەشکردنی کار.</translation>
        </message>
    </context>
    <context>
        <name>TableSection</name>
        <message>
            <source>Remove selected</source>
            <translation>لابردنی دیاریکراوەکان</translation>
        </message>
        <message>
            <source>Remove the selected row (%1)?</source>
            <translation>ڕیزە دیاریکراوەکە (%1) لادەبرێت؟</translation>
        </message>
        <message>
            <source>Remove a row</source>
            <translation>لابردنی ڕیز</translation>
        </message>
    </context>
    <context>
        <name>TeamKeyExport</name>
        <message>
            <source>Export team ke&amp;y…</source>
            <translation>هەناردەکردنی ک&amp;لیلی تیم…</translation>
        </message>
        <message>
            <source>Export team key for a second coordinator</source>
            <translation>هەناردەکردنی کلیلی تیم بۆ هەماهەنگکاری دووەم</translation>
        </message>
        <message>
            <source>For a second coordinator: the team key file, protected by a passphrase, with which their laptop merges bundles.</source>
            <translation>بۆ هەماهەنگکاری دووەم: پەڕگەی کلیلی تیم، پارێزراو بە دەستەواژەیەکی نهێنی، کە لاپتۆپەکەی پاکێتەکانی پێ تێکەڵ دەکات.</translation>
        </message>
        <message>
            <source>Export team key</source>
            <translation>هەناردەکردنی کلیلی تیم</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>Team key written, protected by its passphrase: {file}. For a second coordinator: their laptop joins the team with the team file (never a copy of this database: only this one publishes team updates), you approve it here as a coordinator and publish a team update, and it merges bundles with this file.</source>
            <translation>کلیلی تیم نووسرا، پارێزراو بە دەستەواژە نهێنییەکەی: {file}. بۆ هەماهەنگکاری دووەم: لاپتۆپەکەی بە پەڕگەی تیم دەچێتە ناو تیمەکە (هەرگیز بە کۆپییەکی ئەم بنکەدراوەیە نا: تەنها ئەمە نوێکردنەوەکانی تیم بڵاو دەکاتەوە)، تۆ لێرە وەک هەماهەنگکار پەسەندی دەکەیت و نوێکردنەوەیەکی تیم بڵاو دەکەیتەوە، ئینجا ئەو بەم پەڕگەیە پاکێتەکان تێکەڵ دەکات.</translation>
        </message>
    </context>
    <context>
        <name>TeamKeyView</name>
        <message>
            <source>Team: %1</source>
            <translation>تیم: %1</translation>
        </message>
        <message>
            <source>Fingerprint of the team's key:</source>
            <translation>پەنجەمۆری کلیلی تیم:</translation>
        </message>
        <message>
            <source>Call your coordinator and compare this fingerprint with theirs, group by group. Join only if every character is the same.</source>
            <translation>پەیوەندی بە هەماهەنگکارەکەتەوە بکە و ئەم پەنجەمۆرە بە هی ئەو بەراورد بکە، کۆمەڵ بە کۆمەڵ. تەنها ئەگەر هەموو پیتەکان وەک یەک بوون بچۆ ناو تیمەکە.</translation>
        </message>
        <message>
            <source>The fingerprint &amp;matches the one my coordinator read out</source>
            <translation>پەنجەمۆرەکە هەمان ئەوەیە کە هەماهەنگکارەکەم بۆی &amp;خوێندمەوە</translation>
        </message>
        <message>
            <source>Fingerprint of the team's key</source>
            <translation>پەنجەمۆری کلیلی تیم</translation>
        </message>
    </context>
    <context>
        <name>TeamRowNote</name>
        <message>
            <source>Published by the centre: changes come from the coordinator in team updates.</source>
            <translation>ناوەند بڵاوی کردۆتەوە: گۆڕانکارییەکانی لە ڕێکخەرەوە لە نوێکردنەوەکانی تیمدا دێن.</translation>
        </message>
    </context>
    <context>
        <name>TeamUpdates</name>
        <message>
            <source>&amp;Apply team update…</source>
            <translation>جێبەجێکردنی &amp;نوێکردنەوەی تیم…</translation>
        </message>
        <message>
            <source>&amp;Publish team update…</source>
            <translation>بڵاوکر&amp;دنەوەی نوێکردنەوەی تیم…</translation>
        </message>
        <message>
            <source>Apply team update</source>
            <translation>جێبەجێکردنی نوێکردنەوەی تیم</translation>
        </message>
        <message>
            <source>Publish team update</source>
            <translation>بڵاوکردنەوەی نوێکردنەوەی تیم</translation>
        </message>
        <message>
            <source>Join the team first, with the team file from your coordinator: a team update is applied only on a laptop in the team.</source>
            <translation>سەرەتا بە پەڕگەی تیم کە هەماهەنگکارەکەت دەیداتێ بچۆ ناو تیمەکە: نوێکردنەوەی تیم تەنیا لەسەر لاپتۆپێکی ناو تیمەکە جێبەجێ دەکرێت.</translation>
        </message>
        <message>
            <source>All files (*);;Majlis bundles (*.majlis)</source>
            <translation>هەموو پەڕگەکان (*);;پاکێتەکانی مەجلیس ‎(*.majlis)</translation>
        </message>
        <message>
            <source>Majlis bundles (*.majlis);;All files (*)</source>
            <translation>پاکێتەکانی مەجلیس ‎(*.majlis);;هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>Team update {number} written: {file}</source>
            <translation>نوێکردنەوەی تیمی ژمارە {number} نووسرا: {file}</translation>
        </message>
        <message>
            <source>Nothing changed since team update {number}: the laptops that applied it get nothing new from this one.</source>
            <translation>لەدوای نوێکردنەوەی تیمی {number} هیچ شتێک نەگۆڕاوە: ئەو لاپتۆپانەی ئەویان جێبەجێ کردووە هیچ شتێکی نوێ لەمەوە وەرناگرن.</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>New version of %1</source>
            <translation>وەشانی نوێی %1</translation>
        </message>
        <message>
            <source>&amp;Add clause</source>
            <translation>&amp;زیادکردنی بەند</translation>
        </message>
        <message>
            <source>&amp;Remove clause</source>
            <translation>لاب&amp;ردنی بەند</translation>
        </message>
        <message>
            <source>&amp;Publish new version</source>
            <translation>بڵاو&amp;کردنەوەی وەشانی نوێ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>هەڵوەشاندنەوە</translation>
        </message>
        <message>
            <source>Close the form editor</source>
            <translation>داخستنی دەستکاریکەری فۆڕم</translation>
        </message>
        <message>
            <source>Close without publishing? What was typed in the form is not kept.</source>
            <translation>بەبێ بڵاوکردنەوە دابخرێت؟ ئەوەی لە فۆڕمەکەدا نووسراوە پاشەکەوت ناکرێت.</translation>
        </message>
        <message>
            <source>%1 (read only)</source>
            <translation>‏%1 (تەنیا بۆ خوێندنەوە)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>داخستن</translation>
        </message>
        <message>
            <source>Clause to add</source>
            <translation>ئەو بەندەی زیاد دەکرێت</translation>
        </message>
        <message>
            <source>The form in %1 has text but no title, so it would not be published in that language: give it a title, or empty its tab.</source>
            <translation>فۆڕمەکە بە %1 دەقی هەیە بەڵام ناونیشانی نییە، بۆیە بەو زمانە بڵاو ناکرێتەوە: ناونیشانێکی بۆ دابنێ، یان بەشی ئەو زمانە بەتاڵ بکەرەوە.</translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>بڵاو نەکرایەوە: %1</translation>
        </message>
        <message>
            <source>Publish new version</source>
            <translation>بڵاوکردنەوەی وەشانی نوێ</translation>
        </message>
        <message>
            <source>This database was restored from a backup, and no laptop's bundle has been imported since: a version published now may get the number of a version the laptops already hold. Import the laptops' latest bundles first. Publish anyway? If you answer Yes, you will not be asked again.</source>
            <translation>ئەم بنکەدراوەیە لە کۆپییەکی یەدەگەوە گەڕێنراوەتەوە، و لەو کاتەوە هیچ پاکێتێکی لاپتۆپ هاوردە نەکراوە: وەشانێک کە ئێستا بڵاو بکرێتەوە لەوانەیە ژمارەی وەشانێک وەربگرێت کە لاپتۆپەکان پێشتر هەیانە. سەرەتا نوێترین پاکێتەکانی لاپتۆپەکان هاوردە بکە. هەر چۆنێک بێت بڵاو بکرێتەوە؟ ئەگەر وەڵامی بەڵێ بدەیتەوە، ئیتر ئەم پرسیارەت لێ ناکرێتەوە.</translation>
        </message>
        <message>
            <source>Give the form a title in at least one language.</source>
            <translation>لانیکەم بە یەک زمان ناونیشانێک بدە بە فۆڕمەکە.</translation>
        </message>
        <message>
            <source>The form needs the 'participate' clause.</source>
            <translation>فۆڕمەکە پێویستی بە بەندی «بەشداریکردن» هەیە.</translation>
        </message>
        <message>
            <source>A clause appears twice.</source>
            <translation>بەندێک دوو جار هاتووە.</translation>
        </message>
        <message>
            <source>Every clause needs its text.</source>
            <translation>هەموو بەندێک پێویستی بە دەقەکەی هەیە.</translation>
        </message>
        <message>
            <source>Unknown clause.</source>
            <translation>بەندی نەناسراو.</translation>
        </message>
        <message>
            <source>The form needs at least one clause.</source>
            <translation>فۆڕمەکە لانیکەم پێویستی بە یەک بەند هەیە.</translation>
        </message>
        <message>
            <source>This form is the team's: its new versions are published at the centre and reach this laptop in team updates (ask your coordinator).</source>
            <translation>ئەم فۆڕمە هی تیمەکەیە: وەشانە نوێیەکانی لە ناوەند بڵاو دەکرێنەوە و لە نوێکردنەوەکانی تیمدا دەگەنە ئەم لاپتۆپە (لە هەماهەنگکارەکەت بپرسە).</translation>
        </message>
        <message>
            <source>Every language needs the same clauses, each required or not alike: compare the tabs.</source>
            <translation>هەموو زمانێک هەمان بەندەکانی دەوێت و بەندی پێویست لە هەموویاندا پێویستە: بەشی زمانەکان بەراورد بکە.</translation>
        </message>
        <message>
            <source>This form already has the highest version number a bundle can carry: no further version can be published. Ask your coordinator.</source>
            <translation>ئەم فۆرمە گەیشتووەتە بەرزترین ژمارەی وەشان کە پاکێتێک دەتوانێت هەڵیبگرێت: هیچ وەشانێکی تر بڵاو ناکرێتەوە. پرسیار لە هەماهەنگکارەکەت بکە.</translation>
        </message>
        <message>
            <source>The form could not be published.</source>
            <translation>فۆڕمەکە بڵاو نەکرایەوە.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>HH:MM</source>
            <translation>کاتژمێر:خولەک</translation>
        </message>
    </context>
    <context>
        <name>TranscriptPanel</name>
        <message>
            <source>&amp;Speaker:</source>
            <translation>ق&amp;سەکەر:</translation>
        </message>
        <message>
            <source>Speaker of the current turn</source>
            <translation>قسەکەری قسەکردنی ئێستا</translation>
        </message>
        <message>
            <source>Import te&amp;xt…</source>
            <translation>&amp;هاوردەکردنی دەق…</translation>
        </message>
        <message>
            <source>Add turns typed elsewhere: a text file or pasted text</source>
            <translation>زیادکردنی ئەو قسەکردنانەی لە شوێنێکی تر نووسراون: پەڕگەیەکی دەق یان دەقێکی لکێنراو</translation>
        </message>
        <message>
            <source>Stamp &amp;time</source>
            <translation>دانانی کا&amp;ت</translation>
        </message>
        <message>
            <source>Ctrl+T: the time elapsed since the session started</source>
            <translation>‏⁦Ctrl+T⁩: ئەو کاتەی لە دەستپێکی دانیشتنەوە تێپەڕیوە</translation>
        </message>
        <message>
            <source>Stamp the elapsed time on this turn</source>
            <translation>کاتی تێپەڕیو لەسەر ئەم قسەکردنە دابنێ</translation>
        </message>
        <message>
            <source>&amp;New turn</source>
            <translation>قسەکردنی &amp;نوێ</translation>
        </message>
        <message>
            <source>Ctrl+Enter: a new turn with the same speaker</source>
            <translation>‏⁦Ctrl+Enter⁩: قسەکردنێکی نوێ بە هەمان قسەکەر</translation>
        </message>
        <message>
            <source>Delete turn</source>
            <translation>سڕینەوەی قسەکردن</translation>
        </message>
        <message>
            <source>Delete the current turn</source>
            <translation>سڕینەوەی قسەکردنی ئێستا</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Delete (Delete in the list of turns): delete the current turn</source>
            <translation>‏⁦Ctrl+Shift+Delete⁩ (یان ⁦Delete⁩ لە لیستی قسەکردنەکان): سڕینەوەی قسەکردنی ئێستا</translation>
        </message>
        <message>
            <source>Transcript turns</source>
            <translation>قسەکردنەکانی دەقی نووسراوە</translation>
        </message>
        <message>
            <source>Text of the current turn</source>
            <translation>دەقی قسەکردنی ئێستا</translation>
        </message>
        <message>
            <source>Ctrl+1…9: participant in that seat, Ctrl+0: facilitator. At the end of the text this starts a new turn for that speaker; inside the text it re-assigns the turn. Enter: new paragraph. Ctrl+Enter: new turn. Ctrl+T: time stamp. Alt+↑/↓: previous/next turn.</source>
            <translation>‏⁦Ctrl+1…9⁩: ئەو بەشداربووەی لەو کورسییەدایە، ⁦Ctrl+0⁩: ئاسانکار. لە کۆتایی دەقەکەدا قسەکردنێکی نوێ بۆ ئەو قسەکەرە دەست پێدەکات؛ لەناو دەقەکەدا قسەکردنەکە دەداتە ئەو. ⁦Enter⁩: پەرەگرافی نوێ. ⁦Ctrl+Enter⁩: قسەکردنی نوێ. ⁦Ctrl+T⁩: دانانی کات. ⁦Alt+↑/↓⁩: قسەکردنی پێشوو/دواتر.</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Delete: delete the turn.</source>
            <translation>‏⁦Ctrl+Shift+Delete⁩: سڕینەوەی قسەکردنەکە.</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Enter: split the turn at the cursor. Ctrl+Shift+Backspace: merge with the previous turn.</source>
            <translation>‏⁦Ctrl+Shift+Enter⁩: قسەکردنەکە لە شوێنی نیشاندەرەکە دابەش بکە. ⁦Ctrl+Shift+Backspace⁩: لەگەڵ قسەکردنی پێشوو تێکەڵی بکە.</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>قەدبڕەکان</translation>
        </message>
        <message>
            <source>Show or hide the keyboard shortcuts of the transcript</source>
            <translation>پیشاندان یان شاردنەوەی قەدبڕەکانی تەختەکلیل بۆ دەقی نووسراوە</translation>
        </message>
        <message>
            <source>Facilitator (Ctrl+0)</source>
            <translation>ئاسانکار (⁦Ctrl+0⁩)</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>‏%1 (⁦Ctrl+%2⁩)</translation>
        </message>
        <message>
            <source>%1 — no consent</source>
            <translation>‏%1 — بێ ڕەزامەندی</translation>
        </message>
        <message>
            <source>No participant sits in seat %1.</source>
            <translation>لە کورسیی %1دا هیچ بەشداربوویەک نییە.</translation>
        </message>
        <message>
            <source>%1 has no recorded consent and cannot be given speech. Record consent first.</source>
            <translation>‏%1 ڕەزامەندیی تۆمارکراوی نییە و ناتوانرێت قسەی پێ بدرێت. سەرەتا ڕەزامەندی تۆمار بکە.</translation>
        </message>
        <message>
            <source>Record consent for %1…</source>
            <translation>تۆمارکردنی ڕەزامەندیی %1…</translation>
        </message>
        <message>
            <source>This turn is hidden (consent withdrawn) and cannot be changed.</source>
            <translation>ئەم قسەکردنە شاراوەیە (ڕەزامەندی کشاوەتەوە) و ناتوانرێت بگۆڕدرێت.</translation>
        </message>
        <message>
            <source>New turn: %1</source>
            <translation>قسەکردنی نوێ: %1</translation>
        </message>
        <message>
            <source>Speaker of this turn: %1</source>
            <translation>قسەکەری ئەم قسەکردنە: %1</translation>
        </message>
        <message>
            <source>Delete a turn</source>
            <translation>سڕینەوەی قسەکردن</translation>
        </message>
        <message>
            <source>Delete this turn and everything typed in it?</source>
            <translation>ئەم قسەکردنە و هەموو ئەوەی تێیدا نووسراوە بسڕدرێتەوە؟</translation>
        </message>
    </context>
    <context>
        <name>TurnActions</name>
        <message>
            <source>Turn actions</source>
            <translation>کردارەکانی قسەکردن</translation>
        </message>
        <message>
            <source>Stamp time, new turn, delete turn, shortcuts</source>
            <translation>دانانی کات، قسەکردنی نوێ، سڕینەوەی قسەکردن، قەدبڕەکان</translation>
        </message>
    </context>
    <context>
        <name>TurnJoins</name>
        <message>
            <source>This is the first turn: there is no turn before it to merge with.</source>
            <translation>ئەمە یەکەم قسەکردنە: هیچ قسەکردنێک لە پێشیەوە نییە بۆ تێکەڵکردن لەگەڵی.</translation>
        </message>
        <message>
            <source>Merged with the previous turn. Ctrl+Z undoes it.</source>
            <translation>‏لەگەڵ قسەکردنی پێشوو تێکەڵ کرا. ⁦Ctrl+Z⁩ هەڵیدەوەشێنێتەوە.</translation>
        </message>
        <message>
            <source>Put the cursor where the new turn begins, between the words of this turn.</source>
            <translation>نیشاندەرەکە لەو شوێنە دابنێ کە قسەکردنە نوێیەکە دەست پێدەکات، لە نێوان وشەکانی ئەم قسەکردنەدا.</translation>
        </message>
        <message>
            <source>Turn split. Give the new turn its speaker with Ctrl+0…9; Ctrl+Z undoes the split.</source>
            <translation>‏قسەکردنەکە دابەش کرا. بە ⁦Ctrl+0…9⁩ قسەکەری قسەکردنە نوێیەکە دیاری بکە؛ ⁦Ctrl+Z⁩ دابەشکردنەکە هەڵدەوەشێنێتەوە.</translation>
        </message>
        <message>
            <source>Merge undone.</source>
            <translation>تێکەڵکردنەکە هەڵوەشایەوە.</translation>
        </message>
        <message>
            <source>Split undone.</source>
            <translation>دابەشکردنەکە هەڵوەشایەوە.</translation>
        </message>
        <message>
            <source>Merge with the previous turn</source>
            <translation>تێکەڵکردن لەگەڵ قسەکردنی پێشوو</translation>
        </message>
        <message>
            <source>These two turns have different speakers. Merge them? The words of %2 become part of the turn of %1.</source>
            <translation>ئەم دوو قسەکردنە قسەکەری جیاوازیان هەیە. تێکەڵیان بکرێت؟ وشەکانی ⁦%2⁩ دەبنە بەشێک لە قسەکردنی ⁦%1⁩.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;تێکەڵکردن</translation>
        </message>
        <message>
            <source>The cursor is inside coded words: split the turn before or after them.</source>
            <translation>نیشاندەرەکە لەناو وشە کۆدکراوەکاندایە: قسەکردنەکە پێش یان دوای ئەوان دابەش بکە.</translation>
        </message>
        <message>
            <source>These turns were changed elsewhere meanwhile: nothing was merged or split.</source>
            <translation>ئەم قسەکردنانە لەم ماوەیەدا لە شوێنێکی تر گۆڕدران: هیچ شتێک تێکەڵ یان دابەش نەکرا.</translation>
        </message>
    </context>
    <context>
        <name>TurnsModel</name>
        <message>
            <source>Speaker</source>
            <translation>قسەکەر</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>کات</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>This participant withdrew consent: their speech is hidden and cannot be edited.</source>
            <translation>ئەم بەشداربووە لە ڕەزامەندی کشایەوە: قسەکانی شاراوەن و دەستکاری ناکرێن.</translation>
        </message>
    </context>
    <context>
        <name>UnlockReasonDialog</name>
        <message>
            <source>Unlock session</source>
            <translation>کردنەوەی قفڵی دانیشتن</translation>
        </message>
        <message>
            <source>Why does this final session need to change? The reason is kept in the audit trail.</source>
            <translation>بۆچی ئەم دانیشتنە کۆتاییە پێویستی بە گۆڕین هەیە؟ هۆکارەکە لە تۆماری چاودێریدا دەپارێزرێت.</translation>
        </message>
        <message>
            <source>Reason for unlocking</source>
            <translation>هۆکاری کردنەوەی قفڵ</translation>
        </message>
    </context>
    <context>
        <name>UnlockWidget</name>
        <message>
            <source>Wrong passphrase. Check the keyboard language and Caps Lock, and try again.</source>
            <translation>دەستەواژەی نهێنی هەڵەیە. زمانی تەختەکلیل و دوگمەی ⁦Caps Lock⁩ بپشکنە و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Majlis. Update Majlis to open it.</source>
            <translation>ئەم بنکەدراوەیە بە وەشانێکی نوێتری مەجلیس نووسراوە. بۆ کردنەوەی، مەجلیس نوێ بکەرەوە.</translation>
        </message>
        <message>
            <source>The passphrase is right, but this database file is damaged (cut short or corrupted). Keep it as it is and ask whoever helps you to restore a backup.</source>
            <translation>دەستەواژەی نهێنی ڕاستە، بەڵام ئەم پەڕگەی بنکەدراوەیە تێکچووە (کورت بڕاوە یان خراپ بووە). وەک خۆی بیهێڵەوە و داوا لەو کەسە بکە کە یارمەتیت دەدات کۆپییەکی یەدەگ بگەڕێنێتەوە.</translation>
        </message>
        <message>
            <source>This file is not a Majlis database.</source>
            <translation>ئەم پەڕگەیە بنکەدراوەی مەجلیس نییە.</translation>
        </message>
        <message>
            <source>The database file was not found. It may have been moved or deleted.</source>
            <translation>پەڕگەی بنکەدراوەکە نەدۆزرایەوە. لەوانەیە گوازرابێتەوە یان سڕابێتەوە.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation>دیسکەکە پڕە. هەندێک شوێن بەتاڵ بکەرەوە و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>The database is in use by another program. Close it and try again.</source>
            <translation>بنکەدراوەکە لەلایەن بەرنامەیەکی ترەوە بەکاردەهێنرێت. دایبخە و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder.</source>
            <translation>بنکەدراوەکە لەسەر دیسک یان بوخچەیەکی تەنیا بۆ خوێندنەوەیە.</translation>
        </message>
        <message>
            <source>The database file is marked read-only (a copy from a CD or DVD keeps that mark), so nothing could be saved in it. Clear Read-only in the file's properties, or ask whoever helps you, and try again.</source>
            <translation>پەڕگەی بنکەدراوەکە بە «تەنیا بۆ خوێندنەوە» نیشانە کراوە (کۆپییەک کە لە دیسکی ⁦CD⁩ یان ⁦DVD⁩ وەرگیرابێت ئەم نیشانەیە دەهێڵێتەوە)، بۆیە هیچ شتێک تێیدا پاشەکەوت ناکرێت. نیشانەی «تەنیا بۆ خوێندنەوە» لە تایبەتمەندییەکانی پەڕگەکە لابە، یان داوا لەو کەسە بکە کە یارمەتیت دەدات، و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>The database file was replaced or its passphrase was changed by another program. Nothing more was written to it. Close Majlis and open the database again.</source>
            <translation>پەڕگەی بنکەدراوەکە لەلایەن بەرنامەیەکی ترەوە گۆڕدرا یان دەستەواژەی نهێنییەکەی گۆڕدرا. هیچی تر تێیدا نەنووسرا. مەجلیس دابخە و بنکەدراوەکە دووبارە بکەرەوە.</translation>
        </message>
        <message>
            <source>The database file is no longer where Majlis opened it: it was moved or deleted, or the USB stick it is on was taken out. Nothing more was written to it. Put it back, then close Majlis and open it again.</source>
            <translation>پەڕگەی بنکەدراوەکە ئیتر لەو شوێنە نییە کە مەجلیس لێی کردەوە: گوازرایەوە یان سڕایەوە، یان ئەو فلاشی ⁦USB⁩ کە لەسەری بوو دەرهێنرا. هیچی تر تێیدا نەنووسرا. بیگەڕێنەرەوە شوێنی خۆی، پاشان مەجلیس دابخە و دووبارە بیکەرەوە.</translation>
        </message>
        <message>
            <source>Another program is replacing this database or changing its passphrase. Try again when it has finished.</source>
            <translation>بەرنامەیەکی تر ئەم بنکەدراوەیە دەگۆڕێت یان دەستەواژەی نهێنییەکەی دەگۆڕێت. کە تەواو بوو دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>This database must be upgraded for this version of Majlis, and a backup of it is made first, but the backups folder beside it cannot be written to. Nothing was changed. Ask whoever helps you to make that folder writable, and try again.</source>
            <translation>ئەم بنکەدراوەیە دەبێت بۆ ئەم وەشانەی مەجلیس نوێ بکرێتەوە، و سەرەتا کۆپییەکی یەدەگی لێ دروست دەکرێت، بەڵام ناتوانرێت لە بوخچەی کۆپییە یەدەگەکانی تەنیشتی بنووسرێت. هیچ شتێک نەگۆڕدرا. داوا لەو کەسە بکە کە یارمەتیت دەدات نووسین لەو بوخچەیەدا ڕێگەپێدراو بکات، و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>This database must be upgraded for this version of Majlis, and a backup of it is made first, but a file stands where the backups folder goes, beside the database. Nothing was changed. Move or rename that file, and try again.</source>
            <translation>ئەم بنکەدراوەیە دەبێت بۆ ئەم وەشانەی مەجلیس نوێ بکرێتەوە، و سەرەتا کۆپییەکی یەدەگی لێ دروست دەکرێت، بەڵام پەڕگەیەک لەو شوێنەدایە کە بوخچەی کۆپییە یەدەگەکان دادەنرێت، لە تەنیشت بنکەدراوەکە. هیچ شتێک نەگۆڕدرا. ئەو پەڕگەیە بگوازەرەوە یان ناوەکەی بگۆڕە، و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>This database must be upgraded for this version of Majlis, but another program has it open. Close the other program and try again.</source>
            <translation>ئەم بنکەدراوەیە دەبێت بۆ ئەم وەشانەی مەجلیس نوێ بکرێتەوە، بەڵام بەرنامەیەکی تر کردوویەتیەوە. ئەو بەرنامەیە دابخە و دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>The path of the database's folder is too long for Majlis to open it there (too many folders, or long folder names). Move the database to a folder with a shorter path, such as the Majlis data folder, and open it from there.</source>
            <translation>ڕێڕەوی بوخچەی بنکەدراوەکە زۆر درێژە بۆ ئەوەی مەجلیس لەوێ بیکاتەوە (بوخچەی زۆر، یان ناوی درێژی بوخچەکان). بنکەدراوەکە بگوازەرەوە بۆ بوخچەیەک کە ڕێڕەوەکەی کورتترە، وەک بوخچەی داتای مەجلیس، و لەوێوە بیکەرەوە.</translation>
        </message>
        <message>
            <source>The name of the database file is too long for Majlis to open it (the files it keeps beside the database would have longer names than the disk takes). Rename the database file to a shorter name, and open it again.</source>
            <translation>ناوی پەڕگەی بنکەدراوەکە زۆر درێژە بۆ ئەوەی مەجلیس بیکاتەوە (ئەو پەڕگانەی لە تەنیشت بنکەدراوەکە هەڵیاندەگرێت ناویان لەوە درێژتر دەبێت کە دیسکەکە وەریدەگرێت). ناوی پەڕگەی بنکەدراوەکە بگۆڕە بۆ ناوێکی کورتتر، و دووبارە بیکەرەوە.</translation>
        </message>
        <message>
            <source>The path of the backups folder beside the database is too long for a backup to be made there (too many folders, or long folder names). Move the database to a folder with a shorter path, such as the Majlis data folder, and open it from there.</source>
            <translation>ڕێڕەوی بوخچەی کۆپییە یەدەگەکانی تەنیشت بنکەدراوەکە زۆر درێژە بۆ ئەوەی کۆپیی یەدەگ لەوێ دروست بکرێت (بوخچەی زۆر، یان ناوی درێژی بوخچەکان). بنکەدراوەکە بگوازەرەوە بۆ بوخچەیەک کە ڕێڕەوەکەی کورتترە، وەک بوخچەی داتای مەجلیس، و لەوێوە بیکەرەوە.</translation>
        </message>
        <message>
            <source>Majlis cannot write in the database's folder, %1: it writes a small file beside the database while it is open. Copy the database to a folder you can write to, such as the Majlis data folder, and open it from there, or ask whoever helps you to make this folder writable.</source>
            <extracomment>The unlock screen's words for a database in a folder that takes no new file (its details name the folder): which folder, and what to do ("read-only disk or folder" named none and gave no way on).</extracomment>
            <translation>مەجلیس ناتوانێت لە بوخچەی بنکەدراوەکە بنووسێت، %1: کاتێک بنکەدراوەکە کراوەیە، پەڕگەیەکی بچووک لە تەنیشتییەوە دەنووسێت. بنکەدراوەکە بۆ بوخچەیەک کۆپی بکە کە دەتوانیت تێیدا بنووسیت، وەک بوخچەی داتای مەجلیس، و لەوێوە بیکەرەوە، یان داوا لەو کەسە بکە کە یارمەتیت دەدات با ئەم بوخچەیە بکاتە بوخچەیەک کە دەکرێت تێیدا بنووسرێت.</translation>
        </message>
        <message>
            <source>The disk reported a problem while opening the database.</source>
            <translation>دیسکەکە لە کاتی کردنەوەی بنکەدراوەکەدا کێشەیەکی ڕاگەیاند.</translation>
        </message>
        <message>
            <source>The database could not be opened.</source>
            <translation>بنکەدراوەکە نەکرایەوە.</translation>
        </message>
        <message>
            <source>Majlis is locked</source>
            <translation>مەجلیس قفڵ کراوە</translation>
        </message>
        <message>
            <source>Enter the passphrase of this database to continue.</source>
            <translation>بۆ بەردەوامبوون، دەستەواژەی نهێنیی ئەم بنکەدراوەیە بنووسە.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>دەستەواژەی نهێنی</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;کردنەوەی قفڵ</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>کردنەوەی قفڵ</translation>
        </message>
        <message>
            <source>&amp;Make a new database instead…</source>
            <translation>لە جیاتی ئەمە بنکەدراوەیەکی &amp;نوێ دروست بکە…</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>بنکەدراوەیەکی &amp;تر بکەرەوە…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>کردنەوەی بنکەدراوەیەکی تر</translation>
        </message>
        <message>
            <source>Majlis databases (*.db);;All files (*)</source>
            <translation>بنکەدراوەکانی مەجلیس ‎(*.db);;هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>دەستەواژەی نهێنی بنووسە.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>بنکەدراوەکە دەکرێتەوە…</translation>
        </message>
        <message>
            <source>The database opened last is not there: %1. If it is on a USB stick or another drive, connect it and start Majlis again. This window opens another database: the one in the Majlis data folder.</source>
            <translation>ئەو بنکەدراوەیەی دوایین جار کرایەوە لەوێ نییە: %1. ئەگەر لەسەر فلاشی ⁦USB⁩ یان دیسکێکی ترە، بیبەستەوە و مەجلیس دووبارە بکەرەوە. ئەم پەنجەرەیە بنکەدراوەیەکی تر دەکاتەوە: ئەوەی لە بوخچەی داتای مەجلیسدایە.</translation>
        </message>
        <message>
            <source>The database to open: %1</source>
            <translation>ئەو بنکەدراوەیەی دەکرێتەوە: %1</translation>
        </message>
    </context>
    <context>
        <name>UnsavedTextDialog</name>
        <message>
            <source>Text not saved</source>
            <translation>دەقی پاشەکەوتنەکراو</translation>
        </message>
        <message>
            <source>Another program replaced this database file or changed its passphrase, so nothing more can be saved in this window. Below is everything in the open session, with what was typed since the last save. Copy it, close Majlis, open the right database and paste what is missing.</source>
            <translation>بەرنامەیەکی تر ئەم پەڕگەی بنکەدراوەیەی گۆڕیوە یان دەستەواژەی نهێنییەکەی گۆڕیوە، بۆیە چیتر هیچ شتێک لەم پەنجەرەیەدا پاشەکەوت ناکرێت. لە خوارەوە هەموو ئەوەی لە دانیشتنە کراوەکەدایە هەیە، لەگەڵ ئەوەی لە دوایین پاشەکەوتەوە نووسرا. لەبەری بگرەوە، مەجلیس دابخە، بنکەدراوە دروستەکە بکەرەوە و ئەوەی کەمە بیلکێنە.</translation>
        </message>
        <message>
            <source>Text of the open session</source>
            <translation>دەقی دانیشتنە کراوەکە</translation>
        </message>
        <message>
            <source>&amp;Copy all</source>
            <translation>&amp;هەمووی لەبەر بگرەوە</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>داخستن</translation>
        </message>
        <message>
            <source>Copied. Paste it into the session once the right database is open.</source>
            <translation>لەبەرگیرایەوە. کاتێک بنکەدراوە دروستەکە کرایەوە لە دانیشتنەکەدا بیلکێنە.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>Withdraw consent — %1</source>
            <translation>کشانەوە لە ڕەزامەندی — %1</translation>
        </message>
        <message>
            <source>Record that %1 withdrew consent, on this device and at the centre.</source>
            <translation>تۆمار بکە کە %1 لە ڕەزامەندی کشایەوە، لەسەر ئەم ئامێرە و لە ناوەند.</translation>
        </message>
        <message>
            <source>&amp;Reason (optional):</source>
            <translation>&amp;هۆکار (ئارەزوومەندانە):</translation>
        </message>
        <message>
            <source>Never the participant's words or name</source>
            <translation>هەرگیز وشە یان ناوی بەشداربوو مەنووسە</translation>
        </message>
        <message>
            <source>&amp;All data: erase everything this participant said, and who they are</source>
            <translation>هەموو &amp;داتاکان: هەموو ئەوەی ئەم بەشداربووە گوتی و ناسنامەکەی بسڕەوە</translation>
        </message>
        <message>
            <source>I understand that this cannot be undone</source>
            <translation>تێدەگەم کە ئەمە ناگەڕێنرێتەوە</translation>
        </message>
        <message>
            <source>What the withdrawal does</source>
            <translation>ئەوەی کشانەوەکە دەیکات</translation>
        </message>
        <message>
            <source>The erasure reaches the laptops with the next team update published on the Sync page, and each erases the same way.</source>
            <translation>سڕینەوەکە لەگەڵ نوێکردنەوەی داهاتووی تیم کە لە پەڕەی هاوکاتکردن بڵاو دەکرێتەوە دەگاتە لاپتۆپەکان، و هەر یەکەیان بە هەمان شێوە دەیسڕێتەوە.</translation>
        </message>
        <message>
            <source>The erasure goes to the centre with the next bundle and every copy of the database that receives it erases the same way.</source>
            <translation>سڕینەوەکە لەگەڵ پاکێتی داهاتوو دەچێتە ناوەند و هەر کۆپییەکی بنکەی دراوەکە کە وەریبگرێت بە هەمان شێوە دەیسڕێتەوە.</translation>
        </message>
        <message>
            <source>This destroys, in every session: every word %1 said (each turn becomes […]), the quotes of their coded segments and the memos on those codings, their signature images and paper scans, the names of their witnesses, their name and phone number, here and in the history the database keeps.</source>
            <translation>ئەمە لە هەموو دانیشتنەکاندا لەناو دەبات: هەموو وشەیەک کە %1 گوتی (هەر قسەیەک دەبێتە […])، وتە هێنراوەکانی بڕگە کۆدکراوەکانی و ئەو تێبینییانەی لەسەریان نووسراون، وێنەی واژۆکانی و فۆڕمە کاغەزییە سکانکراوەکانی، ناوی شایەتەکانی، ناو و ژمارەی تەلەفۆنەکەی، لێرە و لەو مێژووەی بنکەی دراوەکە هەڵیدەگرێت.</translation>
        </message>
        <message>
            <source>Files exported before (workbooks, projects, PDFs, bundles, backups) are not reached: they are listed afterwards. The pseudonym stays.</source>
            <translation>پەڕگە هەناردەکراوەکانی پێشوو (پەڕگەکانی ⁦Excel⁩، پڕۆژەکان، ⁦PDF⁩ـەکان، پاکێتەکان، کۆپییە یەدەگەکان) پێیان ناگات: دواتر لیستیان دەکرێت. ناوە خوازراوەکە دەمێنێت.</translation>
        </message>
        <message>
            <source>Nothing is erased: what %1 said stays in the transcripts for analysis, and is never quoted in a listing or an export.</source>
            <translation>هیچ شتێک ناسڕدرێتەوە: ئەوەی %1 گوتی بۆ شیکردنەوە لە دەقە نووسراوەکانی گفتوگۆدا دەمێنێت، و هەرگیز لە لیستێک یان هەناردەیەکدا ناهێنرێتەوە.</translation>
        </message>
        <message>
            <source>The laptops stop quoting them with the next team update published on the Sync page.</source>
            <translation>لاپتۆپەکان لەگەڵ نوێکردنەوەی داهاتووی تیم کە لە پەڕەی هاوکاتکردن بڵاو دەکرێتەوە، وتەکانی ناهێننەوە.</translation>
        </message>
        <message>
            <source>&amp;Date of withdrawal:</source>
            <translation>بە&amp;رواری کشانەوە:</translation>
        </message>
        <message>
            <source>&amp;Quotes only: never quote, keep the speech for analysis</source>
            <translation>&amp;تەنیا وتەکان: هەرگیز وتەکانی مەهێنەرەوە، قسەکان بۆ شیکردنەوە بمێننەوە</translation>
        </message>
    </context>
    <context>
        <name>Withdrawal</name>
        <message>
            <source>No participant has this pseudonym.</source>
            <translation>هیچ بەشداربوویەک ئەم ناوە خوازراوەی نییە.</translation>
        </message>
        <message>
            <source>Several participants have this pseudonym (recorded on different laptops); nothing was changed.</source>
            <translation>زیاتر لە بەشداربوویەک ئەم ناوە خوازراوەیان هەیە (لەسەر لاپتۆپی جیاواز تۆمار کراون)؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The withdrawal date is not a date (YYYY-MM-DD).</source>
            <translation>ڕێکەوتی کشانەوە ڕێکەوتێکی دروست نییە (⁦YYYY-MM-DD⁩).</translation>
        </message>
        <message>
            <source>The withdrawal date is in the future.</source>
            <translation>ڕێکەوتی کشانەوە لە داهاتوودایە.</translation>
        </message>
        <message>
            <source>The withdrawal date is before the session where consent was given; nothing was changed.</source>
            <translation>ڕێکەوتی کشانەوە پێش ئەو دانیشتنەیە کە ڕەزامەندییەکەی تێدا درا؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>The scope must be 'all' or 'quotes'.</source>
            <translation>مەوداکە دەبێت «⁦all⁩» یان «⁦quotes⁩» بێت.</translation>
        </message>
        <message>
            <source>The reason is longer than 500 characters.</source>
            <translation>هۆکارەکە لە 500 پیت درێژترە.</translation>
        </message>
        <message>
            <source>No such participant.</source>
            <translation>ئەم بەشداربووە بوونی نییە.</translation>
        </message>
        <message>
            <source>This participant's data was already withdrawn and erased; nothing was changed.</source>
            <translation>داتای ئەم بەشداربووە پێشتر کشایەوە و سڕایەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This participant already withdrew consent to be quoted; nothing was changed.</source>
            <translation>ئەم بەشداربووە پێشتر لە ڕەزامەندی هێنانەوەی وتە کشایەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This participant's data was already withdrawn; nothing was changed.</source>
            <translation>داتای ئەم بەشداربووە پێشتر کشایەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
        </message>
        <message>
            <source>This participant has no consent record to withdraw.</source>
            <translation>ئەم بەشداربووە هیچ تۆمارێکی ڕەزامەندی نییە بۆ کشانەوە.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalFlow</name>
        <message>
            <source>The database is in use by another program or the disk refused the write; nothing was erased.</source>
            <translation>بنکەی دراوەکە لەلایەن پرۆگرامێکی ترەوە بەکاردێت یان دیسکەکە نووسینی ڕەت کردەوە؛ هیچ شتێک نەسڕایەوە.</translation>
        </message>
        <message>
            <source>%1 will never be quoted here; the speech stays for analysis. Publish a team update (Sync page) so that the laptops stop quoting them too.</source>
            <translation>وتەکانی %1 لێرە هەرگیز ناهێنرێنەوە؛ قسەکان بۆ شیکردنەوە دەمێنن. نوێکردنەوەی تیم بڵاو بکەرەوە (پەڕەی هاوکاتکردن) بۆ ئەوەی لاپتۆپەکانیش وتەکانی نەهێننەوە.</translation>
        </message>
        <message>
            <source>%1 will never be quoted; the speech stays for analysis.</source>
            <translation>وتەکانی %1 هەرگیز ناهێنرێنەوە؛ قسەکان بۆ شیکردنەوە دەمێنن.</translation>
        </message>
        <message>
            <source>The memo, examples or criteria of codes used on their words may quote them, and exports include them: read them on the Codebook page: %1</source>
            <translation>لەوانەیە تێبینی، نموونە یان پێوەرەکانی ئەو کۆدانەی لەسەر قسەکانی بەکارهاتوون قسەکانی بهێننەوە، و هەناردەکراوەکان لەخۆیان دەگرن: لە پەڕەی کتێبی کۆدەکان بیانخوێنەوە: %1</translation>
        </message>
        <message>
            <source>Erased what %1 said, their signatures and their identity here. Publish a team update (Sync page) so that the laptops erase them too.</source>
            <translation>ئەوەی %1 گوتی، واژۆکانی و ناسنامەکەی لێرە سڕانەوە. نوێکردنەوەی تیم بڵاو بکەرەوە (پەڕەی هاوکاتکردن) بۆ ئەوەی لاپتۆپەکانیش بیانسڕنەوە.</translation>
        </message>
        <message>
            <source>Erased what %1 said, their signatures and their identity.</source>
            <translation>ئەوەی %1 گوتی، واژۆکانی و ناسنامەکەی سڕانەوە.</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>Sessions</source>
            <translation>دانیشتنەکان</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>بەشداربووان</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>ئامادەبوون</translation>
        </message>
        <message>
            <source>Agenda and decisions</source>
            <translation>ڕۆژەڤ و بڕیارەکان</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>ئەرکەکانی بەدواداچوون</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>دەقەکان</translation>
        </message>
        <message>
            <source>Coded segments</source>
            <translation>بڕگە کۆدکراوەکان</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>کۆدەکان</translation>
        </message>
        <message>
            <source>Consent register</source>
            <translation>تۆماری ڕەزامەندییەکان</translation>
        </message>
        <message>
            <source>Codes by gender</source>
            <translation>کۆدەکان بەپێی ڕەگەز</translation>
        </message>
        <message>
            <source>Codes by age band</source>
            <translation>کۆدەکان بەپێی تەمەن</translation>
        </message>
        <message>
            <source>Codes by governorate</source>
            <translation>کۆدەکان بەپێی پارێزگا</translation>
        </message>
        <message>
            <source>Codes by session kind</source>
            <translation>کۆدەکان بەپێی جۆری دانیشتن</translation>
        </message>
        <message>
            <source>Session ID</source>
            <translation>ناسنامەی دانیشتن</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>دانیشتن</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ناونیشان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>بەروار</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>دەستپێک</translation>
        </message>
        <message>
            <source>End</source>
            <translation>کۆتایی</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>ماوە</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>تێبینینووس</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>ناوی خوازراو</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Urban/rural</source>
            <translation>شار/گوند</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>پیشە</translation>
        </message>
        <message>
            <source>Real name</source>
            <translation>ناوی ڕاستەقینە</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تەلەفۆن</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>کورسی</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ڕێکخراو</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ڕۆڵ</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>خاڵ</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>خاڵی ڕۆژەڤ</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>بڕیار</translation>
        </message>
        <message>
            <source>Discussion or decision</source>
            <translation>گفتوگۆ یان بڕیار</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ئەرک</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>بەرپرسیار</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>وادەی کۆتایی</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ڕیزبەندی</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>قسەکەر</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>کات</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
        <message>
            <source>Code (Arabic)</source>
            <translation>کۆد (عەرەبی)</translation>
        </message>
        <message>
            <source>Code (Kurdish)</source>
            <translation>کۆد (کوردی)</translation>
        </message>
        <message>
            <source>Code (English)</source>
            <translation>کۆد (ئینگلیزی)</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>هێنانەوەی وتە</translation>
        </message>
        <message>
            <source>Quotable</source>
            <translation>دەکرێت وەربگیرێت</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>کۆدکەر</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>تێبینی</translation>
        </message>
        <message>
            <source>Code path</source>
            <translation>ڕێڕەوی کۆد</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>کۆد</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>پێناسە</translation>
        </message>
        <message>
            <source>Include when</source>
            <translation>بەکاربهێنرێت کاتێک</translation>
        </message>
        <message>
            <source>Exclude when</source>
            <translation>بەکارنەهێنرێت کاتێک</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>نموونەکان</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>ڕەنگ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>کۆ</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(نەدراوە)</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>فۆڕم</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>وەشان</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>ڕەتکراوەتەوە</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>شێواز</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>شایەت</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>کاتی تۆمارکردن</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <extracomment>The device that recorded a participant (its label at the centre): two laptops may give one pseudonym.</extracomment>
            <translation>ئامێری تۆمارکردن</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>ڕێکەوتی کشانەوە</translation>
        </message>
        <message>
            <source>Re-consent needed on version</source>
            <extracomment>The newer version of the form the participant is to be asked to consent on (empty: nothing to ask again).</extracomment>
            <translation>ڕەزامەندی نوێ پێویستە لەسەر وەشانی</translation>
        </message>
        <message>
            <source>Withdrawal scope</source>
            <translation>مەودای کشانەوە</translation>
        </message>
        <message>
            <source>[do not quote]</source>
            <translation>[وەرنەگیرێت]</translation>
        </message>
        <message>
            <source>[edited since it was coded: review the coding]</source>
            <extracomment>a coding whose words were edited since: its stored words may be what the edit took out of the transcript</extracomment>
            <translation>[دوای کۆدکردنی دەستکاری کراوە: پێداچوونەوە بە کۆدکردنەکەدا بکە]</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>بەڵێ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>نەخێر</translation>
        </message>
    </context>
    <context>
        <name>WriteFailure</name>
        <message>
            <source>That is a folder. Give the file a name.</source>
            <translation>ئەمە بوخچەیە. ناوێک بە پەڕگەکە بدە.</translation>
        </message>
        <message>
            <source>A file of that name is already there. Choose another name.</source>
            <translation>پەڕگەیەک بەو ناوە لەوێ هەیە. ناوێکی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>The folder is not there any more (was the USB stick removed?). Choose another place.</source>
            <translation>بوخچەکە ئیتر لەوێ نییە (ئایا فلاشی ⁦USB⁩ دەرهێنرا؟). شوێنێکی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>The file of that name could not be replaced: is it open in another program, such as Excel? Close it there, or choose another name.</source>
            <translation>نەتوانرا پەڕگەکەی بەو ناوە بگۆڕدرێت: ئایا لە بەرنامەیەکی تردا کراوەتەوە، وەک ⁦Excel⁩؟ لەوێ دایبخە، یان ناوێکی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>%1 Nothing was saved under that name.</source>
            <translation>‏%1 هیچ شتێک بەو ناوە پاشەکەوت نەکرا.</translation>
        </message>
        <message>
            <source>The file's name, or the path of its folder, is too long. Choose a shorter name, or a folder with a shorter path.</source>
            <translation>ناوی پەڕگەکە، یان ڕێڕەوی بوخچەکەی، زۆر درێژە. ناوێکی کورتتر هەڵبژێرە، یان بوخچەیەک کە ڕێڕەوەکەی کورتترە.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space or choose another place.</source>
            <translation>دیسکەکە پڕە. هەندێک شوێن بەتاڵ بکەرەوە یان شوێنێکی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>This folder cannot be written to (a read-only or write-protected USB stick?). Choose another place.</source>
            <translation>ناتوانرێت لەم بوخچەیەدا بنووسرێت (ئایا فلاشی ⁦USB⁩ تەنیا بۆ خوێندنەوەیە یان لە نووسین پارێزراوە؟). شوێنێکی تر هەڵبژێرە.</translation>
        </message>
        <message>
            <source>The file could not be written. Nothing was saved under that name.</source>
            <translation>نەتوانرا پەڕگەکە بنووسرێت. هیچ شتێک بەو ناوە پاشەکەوت نەکرا.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Roundtable</source>
            <translation>مێزی گفتوگۆ</translation>
        </message>
        <message>
            <source>Focus group</source>
            <translation>گرووپی گفتوگۆی چڕ</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>ڕەشنووس</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>کۆتایی</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>قفڵدراو</translation>
        </message>
        <message>
            <source>Member of the provincial council</source>
            <translation>ئەندامی ئەنجومەنی پارێزگا</translation>
        </message>
        <message>
            <source>Ministry official</source>
            <translation>فەرمانبەری وەزارەت</translation>
        </message>
        <message>
            <source>Civil-society organisation</source>
            <translation>ڕێکخراوی کۆمەڵگەی مەدەنی</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>میدیا</translation>
        </message>
        <message>
            <source>Community leader</source>
            <translation>کەسایەتیی کۆمەڵایەتی</translation>
        </message>
        <message>
            <source>Academic</source>
            <translation>ئەکادیمی</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>هاووڵاتی</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کراوە</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>لە جێبەجێکردندایە</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تەواوبوو</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>وازلێهێنراو</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ناونیشان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>بەروار</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>کاتی دەستپێک</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>کاتی کۆتایی</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>شوێن</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>تێبینینووس</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>دۆخ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>ژمارە</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>پوختە</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>بەشداربوو</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ڕێکخراو</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ڕۆڵ</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>کورسی</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>ڕیزبەندی</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>تێبینییەکان</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>دەق</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>ئەرک</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>بەرپرسیار</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>وادەی کۆتایی</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>کات</translation>
        </message>
        <message>
            <source>Federation</source>
            <translation>فیدراسیۆن</translation>
        </message>
        <message>
            <source>Legislative authority</source>
            <translation>دەسەڵاتی یاسادانان</translation>
        </message>
        <message>
            <source>Executive authority</source>
            <translation>دەسەڵاتی جێبەجێکردن</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <source>Facilitator</source>
            <translation>ئاسانکار</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>Needed before the session can be finalised.</source>
            <translation>پێش کۆتاییهێنانی دانیشتن پێویستە.</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, for example 09:30.</source>
            <translation>کات بەم شێوەیە بنووسە: کاتژمێر:خولەک، بۆ نموونە 09:30.</translation>
        </message>
        <message>
            <source>The end time is before the start time.</source>
            <translation>کاتی کۆتایی پێش کاتی دەستپێکە.</translation>
        </message>
        <message>
            <source>A finalised session cannot be dated in the future.</source>
            <translation>دانیشتنی کۆتاییپێهاتوو ناتوانێت بەرواری داهاتووی هەبێت.</translation>
        </message>
        <message>
            <source>A session cannot be dated before 2000: type the year it was held.</source>
            <translation>ناکرێت بەرواری دانیشتن پێش ساڵی 2000 بێت: ئەو ساڵە بنووسە کە تێیدا ئەنجامدرا.</translation>
        </message>
        <message>
            <source>A session cannot be dated more than ten years ahead: check the year.</source>
            <translation>ناکرێت بەرواری دانیشتن زیاتر لە دە ساڵ دوای ئەمڕۆ بێت: ساڵەکە بپشکنە.</translation>
        </message>
        <message>
            <source>Unknown governorate.</source>
            <translation>پارێزگای نەناسراو.</translation>
        </message>
        <message>
            <source>No consent recorded.</source>
            <translation>ڕەزامەندی تۆمار نەکراوە.</translation>
        </message>
        <message>
            <source>Consent refused.</source>
            <translation>ڕەزامەندی ڕەتکرایەوە.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>ئەم بەهایە دروست نییە.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ناونیشان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>بەروار</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>دەستپێک</translation>
        </message>
        <message>
            <source>End</source>
            <translation>کۆتایی</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Female</source>
            <translation>مێ</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>نێر</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>هی تر</translation>
        </message>
        <message>
            <source>Undisclosed</source>
            <translation>ئاشکرا نەکراو</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(نەدراوە)</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>پارێزگا</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ڕەگەز</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>گرووپی تەمەن</translation>
        </message>
        <message>
            <source>Session kind</source>
            <translation>جۆری دانیشتن</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>کار دەکرێت…</translation>
        </message>
        <message>
            <source>Not shown: %1 Try again.</source>
            <translation>هیچ پیشان نەدرا: %1 دووبارە هەوڵ بدەرەوە.</translation>
        </message>
        <message>
            <source>Not shown: Majlis met an error. Try again.</source>
            <translation>هیچ پیشان نەدرا: مەجلیس تووشی هەڵەیەک بوو. دووبارە هەوڵ بدەرەوە.</translation>
        </message>
    </context>
</TS>
