<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Majlis</source>
            <translation>حول برنامج مجلس</translation>
        </message>
        <message>
            <source>Majlis {version}</source>
            <translation>مجلس {version}</translation>
        </message>
        <message>
            <source>Majlis is free software under the GNU General Public License, version 3 or later. It uses Qt under the GNU Lesser General Public License, the Noto Arabic fonts under the SIL Open Font License, and the libraries listed below under their own licences.</source>
            <translation>برنامج مجلس برنامج حرّ بموجب رخصة ⁦GNU⁩ العمومية، الإصدار 3 أو أحدث. يستخدم ⁦Qt⁩ بموجب رخصة ⁦GNU⁩ العمومية الصغرى، وخطوط ⁦Noto Arabic⁩ بموجب رخصة ⁦SIL⁩ للخطوط المفتوحة، والمكتبات المذكورة أدناه بموجب رخصها.</translation>
        </message>
        <message>
            <source>&amp;Licences:</source>
            <translation>ال&amp;رخص:</translation>
        </message>
        <message>
            <source>Licences of Majlis and the libraries it uses</source>
            <translation>رخص برنامج مجلس والمكتبات التي يستخدمها</translation>
        </message>
    </context>
    <context>
        <name>ActionsOrMenu</name>
        <message>
            <source>Session actions</source>
            <translation>إجراءات الجلسة</translation>
        </message>
        <message>
            <source>Code this session, PDF, audit trail, finalise or unlock</source>
            <translation>ترميز هذه الجلسة، ⁦PDF⁩، سجل التدقيق، الإنهاء أو فتح القفل</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemWidget</name>
        <message>
            <source>Agenda item</source>
            <translation>بند جدول الأعمال</translation>
        </message>
        <message>
            <source>Agenda item title</source>
            <translation>عنوان البند</translation>
        </message>
        <message>
            <source>Discussion notes</source>
            <translation>ملاحظات النقاش</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>أزِل</translation>
        </message>
        <message>
            <source>Remove agenda item</source>
            <translation>أزِل بند جدول الأعمال</translation>
        </message>
    </context>
    <context>
        <name>AgendaSection</name>
        <message>
            <source>Add &amp;agenda item</source>
            <translation>أضف ب&amp;ندًا</translation>
        </message>
        <message>
            <source>Remove agenda item %1 and its discussion notes?</source>
            <translation>هل تزيل بند جدول الأعمال %1 وملاحظات نقاشه؟</translation>
        </message>
        <message>
            <source>Remove an agenda item</source>
            <translation>إزالة بند من جدول الأعمال</translation>
        </message>
    </context>
    <context>
        <name>AgreementTab</name>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>كلاهما</translation>
        </message>
        <message>
            <source>Only first coder</source>
            <translation>المرمِّز الأوّل فقط</translation>
        </message>
        <message>
            <source>Only second coder</source>
            <translation>المرمِّز الثاني فقط</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>نسبة الاتّفاق</translation>
        </message>
        <message>
            <source>Kappa</source>
            <translation>كابا</translation>
        </message>
        <message>
            <source>Coded only by</source>
            <translation>رمَّزه فقط</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
        <message>
            <source>Compare coders</source>
            <translation>قارن بين المرمِّزين</translation>
        </message>
        <message>
            <source>Change coders</source>
            <translation>تغيير المرمِّزين</translation>
        </message>
        <message>
            <source>First coder</source>
            <translation>المرمِّز الأوّل</translation>
        </message>
        <message>
            <source>Second coder</source>
            <translation>المرمِّز الثاني</translation>
        </message>
        <message>
            <source>&amp;Code this session at this disagreement…</source>
            <translation>&amp;رمّز هذه الجلسة عند موضع الاختلاف هذا…</translation>
        </message>
        <message>
            <source>Agreement per code</source>
            <translation>الاتّفاق لكلّ رمز</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>مواضع الاختلاف</translation>
        </message>
        <message>
            <source>Choose two different coders: a coder compared with themselves always agrees.</source>
            <translation>اختر مرمِّزَين مختلفَين: المرمِّز الذي يُقارَن بنفسه يتّفق معها دائمًا.</translation>
        </message>
        <message>
            <source>Choose two coders who coded the same documents.</source>
            <translation>اختر مرمِّزَين رمَّزا الوثائق نفسها.</translation>
        </message>
        <message>
            <source>These two coders coded no document in common: there is no agreement to report.</source>
            <translation>لم يرمِّز هذان المرمِّزان أيّ وثيقة مشتركة: لا يوجد اتّفاق يمكن الإبلاغ عنه.</translation>
        </message>
        <message>
            <source>Documents: %1; coded characters: %2; agreement %3, kappa %4</source>
            <translation>الوثائق: %1؛ الأحرف المرمَّزة: %2؛ الاتّفاق %3، كابا %4</translation>
        </message>
    </context>
    <context>
        <name>ArrivedErasure</name>
        <message>
            <source>A withdrawal of consent to be quoted arrived: a participant is no longer quoted here.</source>
            <translation>وصل سحبٌ للموافقة على الاقتباس: لم يعد كلام أحد المشاركين يُقتبس هنا.</translation>
        </message>
        <message>
            <source>Publish a team update so that the laptops stop quoting them too.</source>
            <translation>انشر تحديث الفريق لكي تتوقف الحواسيب المحمولة عن اقتباسه أيضاً.</translation>
        </message>
        <message>
            <source>A withdrawal that arrived erased words here; the copies made before still hold them (listed in the window that opened).</source>
            <translation>سحبٌ للموافقة وصل إلى هنا فمحا كلاماً؛ النسخ التي صُنعت قبله ما زالت تحمله (مذكورة في النافذة التي فُتحت).</translation>
        </message>
        <message>
            <source>A withdrawal that arrived erased a participant's words here.</source>
            <translation>سحبٌ للموافقة وصل إلى هنا فمحا كلام أحد المشاركين.</translation>
        </message>
        <message>
            <source>The memo, examples or criteria of codes used on their words may quote them (named in the window that opened).</source>
            <translation>قد تقتبس كلامَه مذكّرةُ الرموز التي استُعملت على كلامه أو أمثلتُها أو معاييرُها (مذكورة في النافذة التي فُتحت).</translation>
        </message>
        <message>
            <source>Publish a team update so that the laptops erase them too.</source>
            <translation>انشر تحديث الفريق لكي تمحوه الحواسيب المحمولة أيضاً.</translation>
        </message>
    </context>
    <context>
        <name>AttendeeDialog</name>
        <message>
            <source>Add attendee</source>
            <translation>إضافة حاضر</translation>
        </message>
        <message>
            <source>Type part of the organisation's name</source>
            <translation>اكتب جزءًا من اسم المنظّمة</translation>
        </message>
        <message>
            <source>Type part of the pseudonym</source>
            <translation>اكتب جزءًا من الاسم المستعار</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Attendee</source>
            <translation>الحاضر</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Only the first %1 are listed: type more to find the others.</source>
            <translation>لا يُعرض إلا أول %1: اكتب المزيد للعثور على البقية.</translation>
        </message>
        <message>
            <source>Nothing matches what is typed.</source>
            <translation>لا شيء يطابق ما كُتب.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail</source>
            <translation>سجلّ التدقيق</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>created</source>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>عُدّل</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>حُذف</translation>
        </message>
        <message>
            <source>finalised</source>
            <translation>اعتُمد نهائيًا</translation>
        </message>
        <message>
            <source>unlocked</source>
            <translation>فُتح قفله</translation>
        </message>
        <message>
            <source>session</source>
            <translation>جلسة</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>بند جدول الأعمال</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>قرار</translation>
        </message>
        <message>
            <source>action item</source>
            <translation>إجراء متابعة</translation>
        </message>
        <message>
            <source>transcript turn</source>
            <translation>مداخلة</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>What</source>
            <translation>الحدث</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>التغييرات</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
    </context>
    <context>
        <name>BackupsBox</name>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>احفظ &amp;نسخة احتياطية الآن…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>احفظ نسخة احتياطية الآن</translation>
        </message>
        <message>
            <source>Open bac&amp;kups folder</source>
            <translation>افتح مجلّد النس&amp;خ الاحتياطية</translation>
        </message>
        <message>
            <source>No backup of this database yet. Make one now, and again after each day's work; copy the backups folder to a USB stick kept apart from the laptop.</source>
            <translation>لا توجد نسخة احتياطية من قاعدة البيانات هذه بعد. أنشئ واحدة الآن، ثم بعد كل يوم عمل؛ وانسخ مجلّد النسخ الاحتياطية إلى ذاكرة ⁦USB⁩ تُحفظ بعيدًا عن الحاسوب.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) kept; the latest made %1.</source>
            <translation>
                <numerusform>%n نسخة احتياطية محفوظة؛ آخرها صُنعت في %1.</numerusform>
                <numerusform>نسخة احتياطية واحدة محفوظة، صُنعت في %1.</numerusform>
                <numerusform>نسختان احتياطيتان محفوظتان؛ آخرهما صُنعت في %1.</numerusform>
                <numerusform>%n نسخ احتياطية محفوظة؛ آخرها صُنعت في %1.</numerusform>
                <numerusform>%n نسخة احتياطية محفوظة؛ آخرها صُنعت في %1.</numerusform>
                <numerusform>%n نسخة احتياطية محفوظة؛ آخرها صُنعت في %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database passphrase (the backup is encrypted with it):</source>
            <translation>عبارة مرور قاعدة البيانات (تُشفَّر النسخة الاحتياطية بها):</translation>
        </message>
        <message>
            <source>No backup was written: no passphrase was typed. Click Back up now again and type the database passphrase.</source>
            <translation>لم تُكتب أي نسخة احتياطية: لم تُكتب عبارة المرور. انقر «احفظ نسخة احتياطية الآن» مرّة أخرى واكتب عبارة مرور قاعدة البيانات.</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>كُتبت النسخة الاحتياطية: %1</translation>
        </message>
        <message>
            <source>Wrong passphrase: no backup was written.</source>
            <translation>عبارة المرور خاطئة: لم تُكتب أي نسخة احتياطية.</translation>
        </message>
        <message>
            <source>No backup was written: a file named %1 stands where the backups folder goes, beside the database. Move or rename that file, then try again.</source>
            <translation>لم تُكتب أي نسخة احتياطية: يوجد ملفّ اسمه %1 حيث يوضع مجلّد النسخ الاحتياطية، بجانب قاعدة البيانات. انقل ذلك الملفّ أو غيّر اسمه، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>No backup was written: %1</source>
            <translation>لم تُكتب أي نسخة احتياطية: %1</translation>
        </message>
        <message>
            <source>No backup was written: the disk is full or reported an error. Free some space, then try again; if it happens again, ask whoever helps you.</source>
            <translation>لم تُكتب أي نسخة احتياطية: القرص ممتلئ أو أبلغ عن خطأ. حرّر بعض المساحة ثم حاول مجدّدًا؛ وإن تكرّر ذلك فاطلب المساعدة ممن يساعدك.</translation>
        </message>
        <message>
            <source>No backup was written: the backups folder beside the database cannot be written to. Ask whoever helps you to make it writable, then try again.</source>
            <translation>لم تُكتب أي نسخة احتياطية: لا يمكن الكتابة في مجلّد النسخ الاحتياطية بجانب قاعدة البيانات. اطلب ممن يساعدك أن يجعله قابلًا للكتابة، ثم حاول مجدّدًا.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Close</source>
            <translation>أغلق</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>أغلق هذه الرسالة</translation>
        </message>
    </context>
    <context>
        <name>BlockersList</name>
        <message>
            <source>Before finalising, fix these (choose one to go there):</source>
            <translation>قبل الاعتماد النهائي، أصلح ما يلي (اختر بندًا للانتقال إليه):</translation>
        </message>
        <message>
            <source>What stops finalising</source>
            <translation>ما يمنع الاعتماد النهائي</translation>
        </message>
    </context>
    <context>
        <name>Brief</name>
        <message>
            <source>drafted</source>
            <translation>مسودّة</translation>
        </message>
        <message>
            <source>endorsed by the network</source>
            <translation>أقرّتها الشبكة</translation>
        </message>
        <message>
            <source>presented</source>
            <translation>قُدّمت</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>اعتُمدت</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>رُفضت</translation>
        </message>
        <message>
            <source>partly adopted</source>
            <translation>اعتُمدت جزئيًا</translation>
        </message>
        <message>
            <source>women</source>
            <translation>نساء</translation>
        </message>
        <message>
            <source>men</source>
            <translation>رجال</translation>
        </message>
        <message>
            <source>other</source>
            <translation>آخر</translation>
        </message>
        <message>
            <source>not disclosed</source>
            <translation>غير مُفصَح عنه</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>غير مسجّل</translation>
        </message>
        <message>
            <source>One linked segment is left out: its speaker withdrew their consent.</source>
            <translation>استُبعد مقطع مرتبط واحد: سحب صاحبه موافقته.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <source>{percent} of respondents ({group}) answered {answers} to «{question}» (n = {n}; margin of error ± {margin} points, {confidence} confidence).</source>
            <translation>‏{percent} من المستجيبين ({group}) أجابوا «{answers}» عن سؤال «{question}» (عدد المستجيبين {n}؛ هامش الخطأ ± {margin} نقطة، بثقة {confidence}).</translation>
        </message>
        <message>
            <source>{percent} of respondents answered {answers} to «{question}» (n = {n}; margin of error ± {margin} points, {confidence} confidence).</source>
            <translation>‏{percent} من المستجيبين أجابوا «{answers}» عن سؤال «{question}» (عدد المستجيبين {n}؛ هامش الخطأ ± {margin} نقطة، بثقة {confidence}).</translation>
        </message>
        <message>
            <source>(Few respondents: a rough figure.)</source>
            <translation>(عدد المستجيبين قليل: الرقم تقريبي.)</translation>
        </message>
        <message>
            <source>Evidence brief</source>
            <translation>موجز الأدلّة</translation>
        </message>
        <message>
            <source>No recommendations yet.</source>
            <translation>لا توصيات بعد.</translation>
        </message>
        <message>
            <source>Law and article</source>
            <translation>القانون والمادة</translation>
        </message>
        <message>
            <source>Responsible authority</source>
            <translation>الجهة المسؤولة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Who supports it</source>
            <translation>من يؤيّدها</translation>
        </message>
        <message>
            <source>{n} linked segments are left out: their speakers withdrew their consent.</source>
            <translation>استُبعدت مقاطع مرتبطة عددها {n}: سحب أصحابها موافقتهم.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>منذ</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Governorates</source>
            <translation>المحافظات</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>المنظّمات</translation>
        </message>
        <message>
            <source>Support figures</source>
            <translation>أرقام التأييد</translation>
        </message>
        <message>
            <source>Participants by gender</source>
            <translation>المشاركون حسب الجنس</translation>
        </message>
        <message>
            <source>Participants by age band</source>
            <translation>المشاركون حسب الفئة العمرية</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>الاستبيان</translation>
        </message>
        <message>
            <source>What participants said</source>
            <translation>ما قاله المشاركون</translation>
        </message>
        <message>
            <source>No quote may be used for this recommendation.</source>
            <translation>لا يوجد اقتباس يجوز استخدامه لهذه التوصية.</translation>
        </message>
        <message>
            <source>Survey figures (% of respondents, ± margin of error)</source>
            <translation>أرقام المسح (% من المستجيبين، ± هامش الخطأ)</translation>
        </message>
        <message>
            <source>Per cent</source>
            <translation>النسبة المئوية</translation>
        </message>
        <message>
            <source>± points</source>
            <translation>± نقاط</translation>
        </message>
        <message>
            <source>n</source>
            <translation>العدد</translation>
        </message>
    </context>
    <context>
        <name>BriefButton</name>
        <message>
            <source>Evidence &amp;brief…</source>
            <translation>موج&amp;ز الأدلّة…</translation>
        </message>
        <message>
            <source>Save this recommendation's evidence brief as a PDF or an Excel workbook</source>
            <translation>احفظ موجز الأدلّة لهذه التوصية ملفَّ ⁦PDF⁩ أو مصنّف ⁦Excel⁩</translation>
        </message>
        <message>
            <source>Save the evidence brief</source>
            <translation>احفظ موجز الأدلّة</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
            <translation>مستند ⁦PDF⁩ ‎(*.pdf);;مصنّف ⁦Excel⁩ ‎(*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the evidence brief…</source>
            <translation>جارٍ كتابة موجز الأدلّة…</translation>
        </message>
        <message>
            <source>Evidence brief written: %1</source>
            <translation>كُتب موجز الأدلّة: %1</translation>
        </message>
        <message>
            <source>The evidence brief could not be written: %1</source>
            <translation>تعذّرت كتابة موجز الأدلّة: %1</translation>
        </message>
    </context>
    <context>
        <name>BuiltinConsentForm</name>
        <message>
            <source>Consent to take part in a discussion</source>
            <translation>الموافقة على المشاركة في نقاش</translation>
        </message>
        <message>
            <source>We invite you to take part in a discussion. Taking part is voluntary: you may refuse any clause below, stop at any time, and withdraw later without giving a reason.</source>
            <translation>ندعوك إلى المشاركة في نقاش. المشاركة طوعية: يمكنك رفض أيّ بند أدناه، والتوقّف في أيّ وقت، والانسحاب لاحقًا دون ذكر السبب.</translation>
        </message>
        <message>
            <source>Your signature (or your spoken agreement before a witness) means that this form was read to you or by you, and that you agree to the clauses you answered yes to.</source>
            <translation>توقيعك (أو موافقتك الشفهية أمام شاهد) يعني أنّك قرأت هذه الاستمارة أو قُرئت عليك، وأنّك توافق على البنود التي أجبت عنها بنعم.</translation>
        </message>
        <message>
            <source>I agree to take part in this discussion.</source>
            <translation>أوافق على المشاركة في هذا النقاش.</translation>
        </message>
        <message>
            <source>I agree to my words being quoted without my name.</source>
            <translation>أوافق على اقتباس كلامي دون ذكر اسمي.</translation>
        </message>
        <message>
            <source>I agree to the discussion being recorded.</source>
            <translation>أوافق على تسجيل النقاش.</translation>
        </message>
        <message>
            <source>I agree to my answers, without my name, being shared with the team that runs this study.</source>
            <translation>أوافق على مشاركة إجاباتي، دون اسمي، مع الفريق الذي يجري هذه الدراسة.</translation>
        </message>
    </context>
    <context>
        <name>BundleError</name>
        <message>
            <source>The file cannot be used.</source>
            <translation>لا يمكن استخدام هذا الملفّ.</translation>
        </message>
        <message>
            <source>This is not a Majlis bundle (it is not an age-encrypted file).</source>
            <translation>هذه ليست حزمة من برنامج مجلس (ليست ملفًّا مشفَّرًا بـ ⁦age⁩).</translation>
        </message>
        <message>
            <source>The bundle is damaged or incomplete (altered or cut short on the way); ask for it to be sent again.</source>
            <translation>الحزمة تالفة أو ناقصة (تغيّرت أو انقطعت في الطريق)؛ اطلب إرسالها مرّة أخرى.</translation>
        </message>
        <message>
            <source>The bundle is incomplete (cut short); ask for it to be sent again.</source>
            <translation>الحزمة ناقصة (مقطوعة)؛ اطلب إرسالها مرة أخرى.</translation>
        </message>
        <message>
            <source>The team update is incomplete (cut short, as when copying it to the stick was interrupted): copy it again from the centre. Nothing was changed.</source>
            <translation>تحديث الفريق ناقص (مقطوع، كما يحدث عند انقطاع نسخه إلى ذاكرة ⁦USB⁩): انسخه مرة أخرى من المركز. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The team file is incomplete (cut short, as when copying it was interrupted): ask the coordinator for it again. Nothing was changed.</source>
            <translation>ملف الفريق ناقص (مقطوع، كما يحدث عند انقطاع نسخه): اطلبه من المنسّق مرة أخرى. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This bundle was not encrypted for any of the team keys loaded here (wrong team key, or a damaged file header).</source>
            <translation>لم تُشفَّر هذه الحزمة لأيّ من مفاتيح الفريق المحمّلة هنا (مفتاح فريق خاطئ، أو رأس ملفّ تالف).</translation>
        </message>
        <message>
            <source>This bundle's file name says it comes from another team, and it was not encrypted for this team's keys: give it to that team's centre. Nothing was changed.</source>
            <translation>يدلّ اسم ملف هذه الحزمة على أنها من فريق آخر، ولم تُشفَّر لمفاتيح هذا الفريق: سلّمها إلى مركز ذلك الفريق. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>No team key used here opens this bundle, though its file name says it comes from this team: it was probably encrypted to a newer team key (New team key…) than this database or key file holds, as after the centre was restored from a backup made before it, or its header is damaged. Open it with a team key file exported after the new key, or ask whoever helps you. Nothing was changed.</source>
            <translation>لا يفتح أيّ من مفاتيح الفريق المستعملة هنا هذه الحزمة، مع أنّ اسم ملفها يدلّ على أنها من هذا الفريق: الأرجح أنها شُفّرت لمفتاح فريق أحدث (مفتاح جديد للفريق…) من المفاتيح التي تحملها قاعدة البيانات هذه أو ملفّ المفتاح هذا، كما يحدث بعد استعادة المركز من نسخة احتياطية صُنعت قبله، أو أنّ رأس الملف تالف. افتحها بملفّ مفتاح فريق صُدّر بعد المفتاح الجديد، أو اسأل من يساعدك. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>No team key is loaded, so bundles cannot be opened on this computer.</source>
            <translation>لم يُحمَّل مفتاح الفريق، لذلك لا يمكن فتح الحزم على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Bundles are not merged on this laptop: they are merged at the centre, or on a laptop the centre names a coordinator. Nothing was imported.</source>
            <translation>لا تُدمج الحزم على هذا الحاسوب: تُدمج في المركز، أو على حاسوب يجعله المركز منسّقًا. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The bundle's content is not laid out as a Majlis bundle.</source>
            <translation>محتوى الحزمة ليس مرتَّبًا كحزمة من مجلس.</translation>
        </message>
        <message>
            <source>The bundle's manifest (the signed list of what it holds) has a field missing or a value Majlis never writes there: the bundle was altered or made by another program. Nothing was changed.</source>
            <translation>بيان الحزمة (القائمة الموقَّعة لما تحتويه) ينقصه حقل أو فيه قيمة لا يكتبها مجلس فيه أبدًا: لقد غُيّرت الحزمة أو صنعها برنامج آخر. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The bundle's manifest (the signed list of what it holds) is missing or cannot be read: the bundle was damaged or made by another program; ask for it to be sent again. Nothing was changed.</source>
            <translation>بيان الحزمة (القائمة الموقَّعة لما تحتويه) مفقود أو لا يمكن قراءته: الحزمة تالفة أو صنعها برنامج آخر؛ اطلب إرسالها مرّة أخرى. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The bundle names its laptop with more characters than the roster keeps, which Majlis never writes: the bundle was altered or made by another program. Nothing was changed.</source>
            <translation>تسمّي الحزمة حاسوبها باسم أطول ممّا تحفظه قائمة الأجهزة المعتمدة، وهو ما لا يكتبه مجلس أبدًا: لقد غُيّرت الحزمة أو صنعها برنامج آخر. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The bundle contains a file with an unsafe name or a link.</source>
            <translation>تحتوي الحزمة على ملفّ باسم غير آمن أو على رابط.</translation>
        </message>
        <message>
            <source>The bundle, or a file inside it, is larger than allowed.</source>
            <translation>الحزمة، أو ملف بداخلها، أكبر من المسموح.</translation>
        </message>
        <message>
            <source>This file was made by a newer Majlis: update Majlis to open it.</source>
            <translation>صُنع هذا الملفّ بإصدار أحدث من برنامج مجلس: حدّث البرنامج لفتحه.</translation>
        </message>
        <message>
            <source>The bundle's signature does not match its content: it was altered or forged.</source>
            <translation>توقيع الحزمة لا يطابق محتواها: لقد غُيّرت أو زُوّرت.</translation>
        </message>
        <message>
            <source>The bundle is signed with a key other than the one known for this device.</source>
            <translation>الحزمة موقَّعة بمفتاح غير المفتاح المعروف لهذا الجهاز.</translation>
        </message>
        <message>
            <source>This bundle belongs to another team.</source>
            <translation>هذه الحزمة تخص فريقًا آخر.</translation>
        </message>
        <message>
            <source>This team update is another team's (signed by that team's centre): apply the updates of the team this laptop joined. Nothing was changed.</source>
            <translation>تحديث الفريق هذا لفريق آخر (موقَّع من مركز ذلك الفريق): طبّق تحديثات الفريق الذي انضمّ إليه هذا الحاسوب. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The bundle was re-encrypted: it was not signed for this team's keys.</source>
            <translation>أُعيد تشفير الحزمة: لم تُوقَّع لمفاتيح هذا الفريق.</translation>
        </message>
        <message>
            <source>The bundle contains a file its manifest does not list.</source>
            <translation>تحتوي الحزمة على ملف غير مذكور في بيانها.</translation>
        </message>
        <message>
            <source>A file listed in the bundle's manifest is missing.</source>
            <translation>ملف مذكور في بيان الحزمة مفقود.</translation>
        </message>
        <message>
            <source>A file inside the bundle does not match the hash in its manifest.</source>
            <translation>ملفّ داخل الحزمة لا يطابق البصمة المذكورة في بيانها.</translation>
        </message>
        <message>
            <source>The bundle's manifest counts do not match its content.</source>
            <translation>الأعداد في بيان الحزمة لا تطابق محتواها.</translation>
        </message>
        <message>
            <source>A team update can only be applied with the team's enrolled central key.</source>
            <translation>لا يُطبَّق تحديث الفريق إلّا بالمفتاح المركزي المسجَّل للفريق.</translation>
        </message>
        <message>
            <source>The key file cannot be read (not an age identity file).</source>
            <translation>لا يمكن قراءة ملفّ المفتاح (ليس ملفّ هويّة ⁦age⁩).</translation>
        </message>
        <message>
            <source>The key file cannot be opened with this passphrase.</source>
            <translation>لا يمكن فتح ملفّ المفتاح بعبارة المرور هذه.</translation>
        </message>
        <message>
            <source>This computer is too slow or too busy right now to try the passphrase of this key file (it was protected on a faster computer); the passphrase was not checked. Close other programs and try again, or open the file on a faster computer.</source>
            <translation>هذا الحاسوب أبطأ أو أكثر انشغالًا الآن من أن يجرّب عبارة المرور لملفّ المفتاح هذا (حُمي على حاسوب أسرع)؛ لم تُفحص عبارة المرور. أغلق البرامج الأخرى وحاول مرّة أخرى، أو افتح الملفّ على حاسوب أسرع.</translation>
        </message>
        <message>
            <source>This is not a Majlis team file.</source>
            <translation>هذا ليس ملفّ فريق من برنامج مجلس.</translation>
        </message>
        <message>
            <source>This team file is signed by a different central key than the one enrolled.</source>
            <translation>ملفّ الفريق هذا موقّع بمفتاح مركزي غير المفتاح المسجَّل.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer Majlis (newer database schema): update Majlis to import it.</source>
            <translation>صُنعت هذه الحزمة بإصدار أحدث من برنامج مجلس (بنية قاعدة بيانات أحدث): حدّث البرنامج لاستيرادها.</translation>
        </message>
        <message>
            <source>A change number of this device was already received with different content.</source>
            <translation>وصل رقم تغيير من هذا الجهاز من قبل بمحتوى مختلف.</translation>
        </message>
        <message>
            <source>This team update is not signed by your team's centre (another key signed it): do not use it, and tell your coordinator. Nothing was changed.</source>
            <translation>تحديث الفريق هذا غير موقَّع من مركز فريقك (وقّعه مفتاح آخر): لا تستخدمه، وأخبر المنسّق. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This team update changes what this laptop made itself (its own codes or consent forms), which a team update never does: it was not applied. Tell your coordinator; nothing was changed.</source>
            <translation>تحديث الفريق هذا يغيّر ما أنشأه هذا الحاسوب بنفسه (رموزه أو استمارات الموافقة الخاصة به)، وهو ما لا يفعله تحديث الفريق أبدًا: لم يُطبَّق. أخبر المنسّق؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This team update is older than, or the same as, the one already applied.</source>
            <translation>تحديث الفريق هذا أقدم من التحديث المطبَّق أو هو نفسه.</translation>
        </message>
        <message>
            <source>This team update names a team key that the centre replaced with a new one (New team key…, made when a key file was lost): the centre was probably restored from a backup made before the new key. It was not applied, so this laptop's bundles stay encrypted to the newer key. Tell your coordinator: the centre must make a new team key and publish a team update. Nothing was changed.</source>
            <translation>يسمّي تحديث الفريق هذا مفتاح فريق استبدله المركز بمفتاح جديد (مفتاح جديد للفريق…، صُنع حين ضاع ملفّ مفتاح): الأرجح أنّ المركز استُعيد من نسخة احتياطية صُنعت قبل المفتاح الجديد. لم يُطبَّق، فتبقى حزم هذا الحاسوب مشفّرة للمفتاح الأحدث. أخبر منسّقك: على المركز أن يصنع مفتاحًا جديدًا للفريق وينشر تحديثًا للفريق. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This team update clashes with the one applied here: two databases publish this team's updates (a copy of the centre's database on another computer?). Only the centre's own database may publish them; a second coordinator joins the team with the team file instead. Tell your coordinator; nothing was changed.</source>
            <translation>تحديث الفريق هذا يتعارض مع التحديث المطبَّق هنا: قاعدتا بيانات تنشران تحديثات هذا الفريق (نسخة من قاعدة بيانات المركز على حاسوب آخر؟). لا ينشرها إلا قاعدة بيانات المركز نفسها؛ أما المنسّق الثاني فينضمّ إلى الفريق بملف الفريق. أخبر المنسّق؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>A team encrypts its bundles to at most 100 keys (the centre's and those kept on purpose), and this would make more. Nothing was changed.</source>
            <translation>يُشفِّر الفريق حزمه إلى 100 مفتاح على الأكثر (مفتاح المركز والمفاتيح المحفوظة عن قصد)، وهذا سيجعلها أكثر من ذلك. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Only the team's centre makes a new team key: it keeps the key and publishes the team updates that carry it to the laptops. Nothing was changed.</source>
            <translation>المركز وحده يصنع مفتاحًا جديدًا للفريق: فهو يحفظ المفتاح وينشر تحديثات الفريق التي تحمله إلى الحواسيب. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This database has not joined a team yet: join a team first.</source>
            <translation>لم تنضمّ قاعدة البيانات هذه إلى فريق بعد: انضمّ إلى فريق أوّلًا.</translation>
        </message>
        <message>
            <source>This database is the team's centre: it writes team updates and does not apply them.</source>
            <translation>قاعدة البيانات هذه هي مركز الفريق: تكتب تحديثات الفريق ولا تطبّقها.</translation>
        </message>
        <message>
            <source>This database is the team's centre: it made this team and does not join it. Nothing was changed. Join with the team file on a field laptop.</source>
            <translation>قاعدة البيانات هذه هي مركز الفريق: هي التي أنشأت هذا الفريق ولا تنضمّ إليه. لم يتغيّر شيء. انضمّ بملف الفريق على حاسوب ميداني.</translation>
        </message>
        <message>
            <source>This database already belongs to another team; a database joins one team only.</source>
            <translation>قاعدة البيانات هذه تنتمي إلى فريق آخر؛ تنضمّ قاعدة البيانات إلى فريق واحد فقط.</translation>
        </message>
        <message>
            <source>This database holds no signing key for this device: join the team first.</source>
            <translation>لا تحتوي قاعدة البيانات هذه على مفتاح توقيع لهذا الجهاز: انضمّ إلى الفريق أوّلًا.</translation>
        </message>
        <message>
            <source>Nothing was written: a row of this database does not fit its field, and every laptop would refuse it. Tell whoever looks after Majlis here; nothing was changed.</source>
            <translation>لم يُكتب شيء: في قاعدة البيانات هذه صفّ لا يلائم حقله، وسيرفضه كلّ حاسوب. أخبر المسؤول عن برنامج مجلس هنا؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>No team update was written: a row of this database does not fit its field ({field}), and every laptop would refuse the update. No update number was used. Tell whoever looks after Majlis here.</source>
            <translation>لم يُكتب تحديث الفريق: في قاعدة البيانات هذه صفّ لا يلائم حقله ({field})، وسيرفض كلّ حاسوب هذا التحديث. لم يُستخدم أيّ رقم تحديث. أخبر المسؤول عن برنامج مجلس هنا.</translation>
        </message>
        <message>
            <source>No team file was written: a row of this database does not fit its field ({field}), and every laptop would refuse the team file. Tell whoever looks after Majlis here; nothing was changed.</source>
            <translation>لم يُكتب ملفّ الفريق: في قاعدة البيانات هذه صفّ لا يلائم حقله ({field})، وسيرفض كلّ حاسوب ملفّ الفريق هذا. أخبر المسؤول عن برنامج مجلس هنا؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>تعذّرت قراءة الملف.</translation>
        </message>
        <message>
            <source>A change in the bundle holds a value that does not fit its field.</source>
            <translation>أحد التغييرات في الحزمة يحمل قيمة لا تناسب حقلها.</translation>
        </message>
        <message>
            <source>A coded segment in the bundle lies outside the text it codes. Nothing was imported.</source>
            <translation>في الحزمة مقطع مرمَّز يقع خارج النص الذي يرمّزه. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The bundle holds changes dated more than a day after this computer's clock. Check this computer's date and time first. If they are right, the sending laptop's date was set ahead when the changes were recorded: have it set right on that laptop, and keep this bundle file: it can be imported once that date is at most a day away. Nothing was imported.</source>
            <translation>تحمل الحزمة تغييرات مؤرَّخة بأكثر من يوم بعد ساعة هذا الحاسوب. تحقّق أولًا من تاريخ هذا الحاسوب ووقته. فإن كانا صحيحين، فقد كان تاريخ الحاسوب المرسِل مضبوطًا على موعد لاحق عند تسجيل التغييرات: اطلب ضبطه على ذلك الحاسوب، واحتفظ بملفّ هذه الحزمة: يمكن استيراده حين يصبح ذلك التاريخ على بُعد يوم واحد على الأكثر. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>Changes waiting on this laptop are dated more than a day after its clock now, so the centre would refuse them. No bundle was written; nothing is lost. If this laptop's date and time are wrong, set them right and export again. If they are right, the date was set ahead when those changes were recorded: they can be sent once that date is at most a day away; tell your coordinator.</source>
            <translation>التغييرات المنتظِرة على هذا الحاسوب مؤرَّخة بأكثر من يوم بعد ساعته الآن، فسيرفضها المركز. لم تُكتب أيّ حزمة؛ ولم يضِع شيء. إن كان تاريخ هذا الحاسوب ووقته خاطئين، فاضبطهما ثم صدِّر مرة أخرى. وإن كانا صحيحين، فقد كان التاريخ مضبوطًا على موعد لاحق عند تسجيل تلك التغييرات: يمكن إرسالها حين يصبح ذلك التاريخ على بُعد يوم واحد على الأكثر؛ أخبر المنسّق.</translation>
        </message>
        <message>
            <source>No work waits for its date on this laptop: no unsent change is dated more than a day after this computer's clock. Nothing was changed.</source>
            <translation>لا عمل ينتظر تاريخه على هذا الحاسوب: لا يوجد تغيير غير مُرسَل مؤرَّخ بأكثر من يوم بعد ساعة هذا الحاسوب. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Changes this laptop already sent are dated more than a day after this computer's clock, and the waiting work must stay after them, so re-dating cannot help. Nothing was changed. If this computer's date is right, tell your coordinator: the centre imports those bundles once their date is at most a day away.</source>
            <translation>التغييرات التي أرسلها هذا الحاسوب من قبل مؤرَّخة بأكثر من يوم بعد ساعة هذا الحاسوب، ويجب أن يبقى العمل المنتظِر بعدها، فلا تنفع إعادة التأريخ. لم يتغيّر شيء. إن كان تاريخ هذا الحاسوب صحيحًا، فأخبر المنسّق: يستورد المركز تلك الحزم حين يصبح تاريخها على بُعد يوم واحد على الأكثر.</translation>
        </message>
        <message>
            <source>A file with this name already exists and a bundle never replaces another (it may not have been sent yet). Nothing was written: choose another name or a folder.</source>
            <translation>يوجد ملفّ بهذا الاسم، والحزمة لا تحلّ أبدًا محلّ حزمة أخرى (ربّما لم تُرسَل بعد). لم يُكتب شيء: اختر اسمًا آخر أو مجلّدًا.</translation>
        </message>
        <message>
            <source>A file with this name already exists and a team update never replaces another file (it may not have been carried to the laptops yet). Nothing was written: choose another name or a folder.</source>
            <translation>يوجد ملفّ بهذا الاسم، وتحديث الفريق لا يحلّ أبدًا محلّ ملفّ آخر (ربّما لم يُنقل إلى الحواسيب بعد). لم يُكتب شيء: اختر اسمًا آخر أو مجلّدًا.</translation>
        </message>
        <message>
            <source>The bundle holds a change stamped with another device's clock.</source>
            <translation>تحمل الحزمة تغييرًا مختومًا بساعة جهاز آخر.</translation>
        </message>
        <message>
            <source>The sending device is not on this centre's roster.</source>
            <translation>الجهاز المرسِل ليس من الأجهزة المعتمدة في هذا المركز.</translation>
        </message>
        <message>
            <source>Held for approval: the sending device is not on the roster. Compare its key fingerprint with the facilitator, then approve or reject it.</source>
            <translation>محجوزة بانتظار الاعتماد: الجهاز المرسِل ليس من الأجهزة المعتمدة. قارن بصمة مفتاحه مع الميسّر، ثم اعتمده أو ارفضه.</translation>
        </message>
        <message>
            <source>Not held for approval: too many devices or too much data already wait for approval here. Approve or reject the waiting devices, then import this bundle again.</source>
            <translation>لم تُحجز بانتظار الاعتماد: أجهزة كثيرة جدًا أو بيانات كثيرة جدًا تنتظر الاعتماد هنا أصلًا. اعتمد الأجهزة المنتظرة أو ارفضها، ثم استورد هذه الحزمة من جديد.</translation>
        </message>
        <message>
            <source>This bundle comes from a device that was rejected here: it was neither imported nor held for approval. If rejecting it was a mistake, compare its key fingerprint with the facilitator, approve it among the rejected devices, then import the bundle again.</source>
            <translation>هذه الحزمة من جهاز رُفض هنا: لم تُستورد ولم تُحجز بانتظار الاعتماد. إن كان رفضه خطأً، فقارن بصمة مفتاحه مع الميسّر، واعتمده من بين الأجهزة المرفوضة، ثم استورد الحزمة من جديد.</translation>
        </message>
        <message>
            <source>This bundle is signed with a key that was revoked here (its device was taken off the roster): it was not imported. A laptop restored from that device's backup sends it again with a new key, to approve.</source>
            <translation>هذه الحزمة موقّعة بمفتاح سُحب اعتماده هنا (سُحب اعتماد جهازها من القائمة): لم تُستورد. الحاسوب الذي تُستعاد عليه نسخة احتياطية لذلك الجهاز يرسلها من جديد بمفتاح جديد، للموافقة عليه.</translation>
        </message>
        <message>
            <source>This device no longer waits for approval.</source>
            <translation>لم يعد هذا الجهاز بانتظار الاعتماد.</translation>
        </message>
        <message>
            <source>The bundle changes rows another device created; a field laptop may change only its own rows. Nothing was imported.</source>
            <translation>تغيّر الحزمة سجلات أنشأها جهاز آخر؛ لا يغيّر الحاسوب الميداني إلا سجلاته. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The bundle changes a consent form, code or organisation published by the centre; these change only through a team update. Nothing was imported.</source>
            <translation>تغيّر الحزمة استمارة موافقة أو رمزًا أو منظّمة نشرها المركز؛ هذه لا تتغيّر إلا بتحديث من الفريق. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The bundle creates, changes or deletes a recommendation or its status; only coordinators change these. Nothing was imported.</source>
            <translation>الحزمة تُنشئ توصيةً أو حالتها أو تغيّرها أو تحذفها؛ لا يغيّر هذه إلا المنسّقون. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The bundle deletes a participant's consent record or takes back their withdrawal of consent; only a coordinator can correct these. Nothing was imported.</source>
            <translation>الحزمة تحذف سجلّ موافقة أحد المشاركين أو تتراجع عن انسحابه من الموافقة؛ لا يصحّح ذلك إلا منسّق. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The bundle changes or deletes the record that a participant's data was erased; an erasure is never taken back. Nothing was imported.</source>
            <translation>الحزمة تغيّر أو تحذف سجلّ محو بيانات أحد المشاركين؛ المحو لا يُتراجع عنه أبدًا. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The bundle records consent or an erasure for a participant another device registered; a field laptop records these only for its own participants. Nothing was imported.</source>
            <translation>الحزمة تسجّل موافقةً أو محوًا لمشارك سجّله جهاز آخر؛ لا يسجّل الحاسوب الميداني ذلك إلا لمشاركيه. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>This is a ZIP archive with bundles inside (as a shared folder is downloaded): extract it, then import the bundles, or the folder they are in.</source>
            <translation>هذا أرشيف ⁦ZIP⁩ في داخله حزم (كما يُنزَّل مجلّد مشترك): فُكّ ضغطه، ثم استورد الحزم أو المجلّد الذي هي فيه.</translation>
        </message>
        <message>
            <source>This is not a bundle but a team update or a team file: a laptop applies a team update (Apply team update…, majlis-cli team update import) and joins a team with the team file (Join a team…, majlis-cli team join).</source>
            <translation>هذه ليست حزمة بل تحديث فريق أو ملفّ فريق: يطبّق الحاسوب تحديث الفريق (طبّق تحديث الفريق…، ⁦majlis-cli team update import⁩) وينضمّ إلى الفريق بملفّ الفريق (انضمّ إلى فريق…، ⁦majlis-cli team join⁩).</translation>
        </message>
        <message>
            <source>This is the team file, not a team update: a laptop joins the team with it (Join a team…, majlis-cli team join).</source>
            <translation>هذا ملفّ الفريق، وليس تحديث فريق: ينضمّ به الحاسوب إلى الفريق (انضمّ إلى فريق…، ⁦majlis-cli team join⁩).</translation>
        </message>
        <message>
            <source>The team update's content does not match the centre's signature: it was altered or damaged on the way. Copy it again from the centre; nothing was changed.</source>
            <translation>محتوى تحديث الفريق لا يطابق توقيع المركز: تغيّر أو تلف في الطريق. انسخه مرة أخرى من المركز؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This is not a Majlis team update.</source>
            <translation>هذا ليس تحديثًا للفريق من برنامج مجلس.</translation>
        </message>
        <message>
            <source>This bundle is not a team update.</source>
            <translation>هذه الحزمة ليست تحديثًا للفريق.</translation>
        </message>
        <message>
            <source>This is a laptop's bundle of changes, not a team update: the central team imports it (Import bundles…, majlis-cli bundle import).</source>
            <translation>هذه حزمة تغييرات من حاسوب ميداني، وليست تحديث فريق: يستوردها الفريق المركزي (استورد حزمًا…، ⁦majlis-cli bundle import⁩).</translation>
        </message>
        <message>
            <source>This is a folder, not a bundle.</source>
            <translation>هذا مجلّد، وليس حزمة.</translation>
        </message>
        <message>
            <source>This is a device or a pipe, not a bundle file.</source>
            <translation>هذا جهاز أو أنبوب، وليس ملفّ حزمة.</translation>
        </message>
        <message>
            <source>This is a folder, not a team update.</source>
            <translation>هذا مجلّد، وليس تحديثًا من تحديثات الفريق.</translation>
        </message>
        <message>
            <source>This is a device or a pipe, not a team update.</source>
            <translation>هذا جهاز أو أنبوب، وليس تحديثًا من تحديثات الفريق.</translation>
        </message>
        <message>
            <source>The team file's signature does not match its content: it was altered.</source>
            <translation>توقيع ملفّ الفريق لا يطابق محتواه: لقد غُيِّر.</translation>
        </message>
        <message>
            <source>The team file has a field missing or a value Majlis never writes there: it was altered or made by another program. Ask the coordinator for the team file again. Nothing was changed.</source>
            <translation>ملف الفريق ينقصه حقل أو يحمل قيمة لا يكتبها مجلس أبداً: لقد عُدِّل أو صنعه برنامج آخر. اطلب ملف الفريق من المنسّق مرة أخرى. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This is a team update, not the team file: join the team with the team file (it ends in .majlis-team), then apply team updates (Apply team update…, majlis-cli team update import).</source>
            <translation>هذا تحديث للفريق، وليس ملف الفريق: انضمّ إلى الفريق بملف الفريق (ينتهي اسمه بـ ⁦.majlis-team⁩)، ثم طبّق تحديثات الفريق (طبّق تحديث الفريق…، ⁦majlis-cli team update import⁩).</translation>
        </message>
        <message>
            <source>This is a bundle of changes, not the team file: bundles are imported at the centre (Import bundles…, majlis-cli bundle import). Join the team with the team file (it ends in .majlis-team).</source>
            <translation>هذه حزمة تغييرات، وليست ملفّ الفريق: تُستورَد الحزم في المركز (استورد حزمًا…، ⁦majlis-cli bundle import⁩). انضمّ إلى الفريق بملفّ الفريق (ينتهي اسمه بـ ⁦.majlis-team⁩).</translation>
        </message>
        <message>
            <source>This is the team's key file, not the team file: keep it private (it opens every bundle). Join the team with the team file (it ends in .majlis-team).</source>
            <translation>هذا ملفّ مفتاح الفريق، وليس ملفّ الفريق: أبقِه سرّيًّا (فهو يفتح كلّ الحزم). انضمّ إلى الفريق بملفّ الفريق (ينتهي اسمه بـ ⁦.majlis-team⁩).</translation>
        </message>
        <message>
            <source>This is a folder, not the team file.</source>
            <translation>هذا مجلّد، وليس ملفّ الفريق.</translation>
        </message>
        <message>
            <source>This is a device or a pipe, not the team file.</source>
            <translation>هذا جهاز أو أنبوب، وليس ملفّ الفريق.</translation>
        </message>
        <message>
            <source>This team file has changed since its fingerprint was shown: choose it again and compare the new fingerprint with your coordinator.</source>
            <translation>تغيّر ملفّ الفريق هذا منذ عُرضت بصمته: اختره من جديد وقارن البصمة الجديدة ببصمة منسّقك.</translation>
        </message>
        <message>
            <source>This team file names a team key that the centre replaced with a new one (New team key…, made when a key file was lost): the centre was probably restored from a backup made before the new key. This laptop did not join with it, so its bundles stay encrypted to the newer key. Tell your coordinator: the centre must make a new team key and publish a team update. Nothing was changed.</source>
            <translation>يسمّي ملفّ الفريق هذا مفتاح فريق استبدله المركز بمفتاح جديد (مفتاح جديد للفريق…، صُنع حين ضاع ملفّ مفتاح): الأرجح أنّ المركز استُعيد من نسخة احتياطية صُنعت قبل المفتاح الجديد. لم ينضمّ هذا الحاسوب به، فتبقى حزمه مشفّرة للمفتاح الأحدث. أخبر منسّقك: على المركز أن يصنع مفتاحًا جديدًا للفريق وينشر تحديثًا للفريق. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This passphrase opens the file, but it holds no age identity: it is not a team key file.</source>
            <translation>عبارة المرور هذه تفتح الملفّ، لكنّه لا يحوي هويّة ⁦age⁩: ليس ملفّ مفتاح الفريق.</translation>
        </message>
        <message>
            <source>This is a folder or a device, not a key file.</source>
            <translation>هذا مجلّد أو جهاز، وليس ملف مفتاح.</translation>
        </message>
        <message>
            <source>The key file is not there (was its USB stick removed?). Plug the stick in, or choose the key file again.</source>
            <translation>ملفّ المفتاح غير موجود (هل نُزعت ذاكرة ⁦USB⁩ التي عليها؟). صِل الذاكرة، أو اختر ملفّ المفتاح من جديد.</translation>
        </message>
        <message>
            <source>This is the team file, not an age identity file: the team file holds no key. The team's key is kept in the centre's database (majlis-cli team key export writes it to a file).</source>
            <translation>هذا ملفّ الفريق، وليس ملفّ هويّة ⁦age⁩: ملفّ الفريق لا يحمل أيّ مفتاح. مفتاح الفريق محفوظ في قاعدة بيانات المركز (يكتبه ⁦majlis-cli team key export⁩ في ملفّ).</translation>
        </message>
        <message>
            <source>This is a team update, not an age identity file: the team's key is kept in the centre's database (majlis-cli team key export writes it to a file).</source>
            <translation>هذا تحديث للفريق، وليس ملفّ هويّة ⁦age⁩: مفتاح الفريق محفوظ في قاعدة بيانات المركز (يكتبه ⁦majlis-cli team key export⁩ في ملفّ).</translation>
        </message>
        <message>
            <source>This is a bundle of changes (encrypted to the team's keys), not a key file.</source>
            <translation>هذه حزمة تغييرات (مشفَّرة لمفاتيح الفريق)، وليست ملفّ مفتاح.</translation>
        </message>
        <message>
            <source>This is a PDF, not an age identity file.</source>
            <translation>هذا مستند ⁦PDF⁩، وليس ملفّ هويّة ⁦age⁩.</translation>
        </message>
        <message>
            <source>This is a ZIP file (a workbook or a REFI-QDA project?), not an age identity file.</source>
            <translation>هذا ملفّ ⁦ZIP⁩ (مصنّف ⁦Excel⁩ أو مشروع ⁦REFI-QDA⁩؟)، وليس ملفّ هويّة ⁦age⁩.</translation>
        </message>
        <message>
            <source>This team key file is protected by a passphrase: it opens only with the passphrase it was exported with (majlis-cli team key export).</source>
            <translation>ملفّ مفتاح الفريق هذا محميّ بعبارة مرور: لا يُفتح إلّا بعبارة المرور التي صُدِّر بها (⁦majlis-cli team key export⁩).</translation>
        </message>
        <message>
            <source>This is the team's key file, not a bundle: keep it private (it opens every bundle), not among the bundles. Choose it with Team key file… (or give it with --identity-file), or keep the key in the centre's database.</source>
            <translation>هذا ملفّ مفتاح الفريق، وليس حزمة: أبقِه سرّيًّا (فهو يفتح كلّ الحزم) لا بين الحزم. اختره بزرّ «ملفّ مفتاح الفريق…» (أو أعطِه بـ ⁦--identity-file⁩)، أو أبقِ المفتاح في قاعدة بيانات المركز.</translation>
        </message>
        <message>
            <source>This is a team update, not a bundle of changes.</source>
            <translation>هذا تحديث للفريق، وليس حزمة تغييرات.</translation>
        </message>
    </context>
    <context>
        <name>BusyState</name>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Changing the passphrase…</source>
            <translation>جارٍ تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>The database is encrypted again with the new passphrase, and a backup that opens with it is written. Backups made before keep the old passphrase.</source>
            <translation>تُشفَّر قاعدة البيانات من جديد بعبارة المرور الجديدة، وتُكتب نسخة احتياطية تُفتح بها. أمّا النسخ الاحتياطية السابقة فتبقى بعبارة المرور القديمة.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>عبارة المرور ال&amp;حالية:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>عبارة المرور الج&amp;ديدة:</translation>
        </message>
        <message>
            <source>&amp;Repeat the new passphrase:</source>
            <translation>أ&amp;عد كتابة عبارة المرور الجديدة:</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>أعد كتابة عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>&amp;غيّر عبارة المرور</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>أدخل عبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The new passphrase holds an invisible character that no passphrase can hold (a paste can bring one): type it with the keyboard instead. Nothing was changed.</source>
            <translation>تحتوي عبارة المرور الجديدة على محرف غير مرئي لا يمكن أن تحمله أي عبارة مرور (قد يجلبه اللصق): اكتبها بلوحة المفاتيح بدلاً من ذلك. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The new passphrase is too weak: use at least 8 characters. Nothing was changed.</source>
            <translation>عبارة المرور الجديدة ضعيفة جدًّا: استخدم 8 أحرف على الأقلّ. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The two new passphrases differ. Nothing was changed.</source>
            <translation>عبارتا المرور الجديدتان مختلفتان. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one. Nothing was changed.</source>
            <translation>عبارة المرور الجديدة هي نفسها الحالية. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Majlis locked, and the passphrases typed here were cleared. Type them again.</source>
            <translation>قُفل برنامج مجلس، فمُسحت عبارات المرور التي كُتبت هنا. اكتبها مرة أخرى.</translation>
        </message>
        <message>
            <source>The current passphrase is wrong. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>عبارة المرور الحالية خاطئة. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The passphrase change failed and the database could not be read back. At the next unlock, try the current passphrase, then the new one.</source>
            <translation>فشل تغيير عبارة المرور وتعذّرت قراءة قاعدة البيانات بعده. عند فتح القفل التالي جرّب عبارة المرور الحالية، ثم الجديدة.</translation>
        </message>
        <message>
            <source>Another program (Majlis or majlis-cli) has this database open. Close it and try again. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>برنامج آخر (⁦Majlis⁩ أو ⁦majlis-cli⁩) يفتح قاعدة البيانات هذه. أغلقه وحاول مرّة أخرى. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The database file was replaced or its passphrase was changed by another program. Nothing was changed. Close Majlis and open the database again.</source>
            <translation>استُبدل ملفّ قاعدة البيانات أو غيّر برنامج آخر عبارة مروره. لم يتغيّر شيء. أغلق البرنامج وافتح قاعدة البيانات من جديد.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>القرص ممتلئ. أفرغ بعض المساحة وحاول مرّة أخرى. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>قاعدة البيانات على قرص أو مجلّد للقراءة فقط. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The backup with the new passphrase could not be written: a file stands where the backups folder goes, beside the database. Move or rename that file, then try again. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية بعبارة المرور الجديدة: يوجد ملفّ حيث يوضع مجلّد النسخ الاحتياطية، بجانب قاعدة البيانات. انقل ذلك الملفّ أو غيّر اسمه، ثم حاول مجدّدًا. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The backup with the new passphrase could not be written: the backups folder beside the database cannot be written to. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية بعبارة المرور الجديدة: لا يمكن الكتابة في مجلّد النسخ الاحتياطية بجانب قاعدة البيانات. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The disk is full or reported an error. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>القرص ممتلئ أو أبلغ عن خطأ. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed. Nothing was changed: the database still opens with the current passphrase.</source>
            <translation>تعذّر تغيير عبارة المرور. لم يتغيّر شيء: ما زالت قاعدة البيانات تُفتح بعبارة المرور الحالية.</translation>
        </message>
    </context>
    <context>
        <name>ClausesModel</name>
        <message>
            <source>Clause</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>إلزامي</translation>
        </message>
    </context>
    <context>
        <name>ClosedImportWords</name>
        <message>
            <source>Majlis was closed during the last import.</source>
            <translation>أُغلق برنامج مجلس أثناء آخر استيراد.</translation>
        </message>
        <message>
            <source>Majlis was closed during the last import, which stopped after the file being read.</source>
            <translation>أُغلق برنامج مجلس أثناء آخر استيراد، فتوقّف الاستيراد بعد الملفّ الذي كان يُقرأ.</translation>
        </message>
        <message>
            <source>Majlis began to close, so the import stopped after the file being read; the close was then cancelled.</source>
            <translation>بدأ برنامج مجلس بالإغلاق، فتوقّف الاستيراد بعد الملفّ الذي كان يُقرأ؛ ثم أُلغي الإغلاق.</translation>
        </message>
    </context>
    <context>
        <name>CodeMemo</name>
        <message>
            <source>Memo &amp;on the code</source>
            <translation>مذكّرة عل&amp;ى الرمز</translation>
        </message>
        <message>
            <source>Save &amp;memo</source>
            <translation>احفظ الم&amp;ذكّرة</translation>
        </message>
        <message>
            <source>The memo could not be saved. %1</source>
            <translation>تعذّر حفظ المذكّرة. %1</translation>
        </message>
        <message>
            <source>Memo saved.</source>
            <translation>حُفظت المذكرة.</translation>
        </message>
    </context>
    <context>
        <name>CodeMemoAction</name>
        <message>
            <source>Memo on the code…</source>
            <translation>مذكّرة على الرمز…</translation>
        </message>
    </context>
    <context>
        <name>CodeMemoDialog</name>
        <message>
            <source>Memo on the code %1</source>
            <translation>مذكّرة على الرمز %1</translation>
        </message>
        <message>
            <source>The code no longer exists (it was deleted or merged): the memo was not saved.</source>
            <translation>لم يعد الرمز موجودًا (حُذف أو دُمج): لم تُحفظ المذكّرة.</translation>
        </message>
    </context>
    <context>
        <name>CodeMoves</name>
        <message>
            <source>Move up</source>
            <translation>انقله إلى الأعلى</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>انقله إلى الأسفل</translation>
        </message>
        <message>
            <source>Move under the code above</source>
            <translation>اجعله تحت الرمز الذي فوقه</translation>
        </message>
        <message>
            <source>Move out of its parent code</source>
            <translation>أخرجه من تحت رمزه الأعلى</translation>
        </message>
    </context>
    <context>
        <name>CodePicker</name>
        <message>
            <source>Type to find a code, Enter to apply</source>
            <translation>اكتب للبحث عن رمز، ثم ⁦Enter⁩ لتطبيقه</translation>
        </message>
        <message>
            <source>Find a code</source>
            <translation>ابحث عن رمز</translation>
        </message>
        <message>
            <source>Matching codes</source>
            <translation>الرموز المطابقة</translation>
        </message>
        <message>
            <source>No code matches what is typed.</source>
            <translation>لا يطابق أيّ رمز ما كُتب.</translation>
        </message>
        <message>
            <source>No codes yet. Ctrl+I makes one of the selected words.</source>
            <translation>لا توجد رموز بعد. ⁦Ctrl+I⁩ يصنع رمزًا من الكلمات المحدّدة.</translation>
        </message>
    </context>
    <context>
        <name>Codebook</name>
        <message>
            <source>this code no longer exists (it was deleted or merged)</source>
            <translation>هذا الرمز لم يعد موجودًا (حُذف أو دُمج).</translation>
        </message>
        <message>
            <source>this code is the team's: it is changed at the centre and reaches this laptop in team updates (ask your coordinator); you can still code with it, or make a code of your own</source>
            <translation>هذا الرمز للفريق: يُغيَّر في المركز ويصل إلى هذا الحاسوب في تحديثات الفريق (اسأل منسّقك)؛ ما زال بإمكانك الترميز به، أو إنشاء رمز خاص بك.</translation>
        </message>
        <message>
            <source>a code needs a name in at least one language</source>
            <translation>يحتاج الرمز إلى اسم بلغة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>another code at the same place in the codebook has this name: choose another name, or merge the two codes</source>
            <translation>يوجد في المكان نفسه من دليل الترميز رمز آخر بهذا الاسم. اختر اسمًا آخر، أو ادمج الرمزين.</translation>
        </message>
        <message>
            <source>a code cannot be moved under itself or one of its sub-codes</source>
            <translation>لا يمكن نقل رمز تحت نفسه أو تحت أحد رموزه الفرعية.</translation>
        </message>
        <message>
            <source>a code cannot be merged into itself</source>
            <translation>لا يمكن دمج رمز في نفسه.</translation>
        </message>
        <message>
            <source>merge a sub-code into its parent, not the other way round</source>
            <translation>ادمج الرمز الفرعي في الرمز الأب، لا العكس.</translation>
        </message>
    </context>
    <context>
        <name>CodebookPage</name>
        <message>
            <source>Importing the codebook…</source>
            <translation>جارٍ استيراد دليل الترميز…</translation>
        </message>
        <message>
            <source>No codes yet. Press New code to start the codebook, or Import .qdc… to use one you have.</source>
            <translation>لا توجد رموز بعد. اضغط «رمز جديد» لتبدأ دليل الترميز، أو «استورد ملفّ ⁦.qdc⁩…» لتستخدم دليلًا لديك.</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>دليل الترميز</translation>
        </message>
        <message>
            <source>&amp;New code</source>
            <translation>&amp;رمز جديد</translation>
        </message>
        <message>
            <source>New su&amp;b-code</source>
            <translation>رم&amp;ز فرعي جديد</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ا&amp;حذف</translation>
        </message>
        <message>
            <source>&amp;Import .qdc…</source>
            <translation>ا&amp;ستورد ملفّ ⁦.qdc⁩…</translation>
        </message>
        <message>
            <source>E&amp;xport .qdc…</source>
            <translation>&amp;صدّر ملفّ ⁦.qdc⁩…</translation>
        </message>
        <message>
            <source>&amp;Save code</source>
            <translation>احف&amp;ظ الرمز</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>ا&amp;ختر…</translation>
        </message>
        <message>
            <source>Me&amp;rge into</source>
            <translation>ادمج &amp;في</translation>
        </message>
        <message>
            <source>Name (&amp;Arabic)</source>
            <translation>الاسم (بال&amp;عربية)</translation>
        </message>
        <message>
            <source>Name (&amp;Kurdish)</source>
            <translation>الاسم (بال&amp;كردية)</translation>
        </message>
        <message>
            <source>Name (&amp;English)</source>
            <translation>الاسم (بالإ&amp;نجليزية)</translation>
        </message>
        <message>
            <source>Co&amp;lour</source>
            <translation>الل&amp;ون</translation>
        </message>
        <message>
            <source>Defini&amp;tion</source>
            <translation>ال&amp;تعريف</translation>
        </message>
        <message>
            <source>&amp;Use when</source>
            <translation>يُستخد&amp;م عندما</translation>
        </message>
        <message>
            <source>Do not use &amp;when</source>
            <translation>لا يُستخدم عن&amp;دما</translation>
        </message>
        <message>
            <source>Exam&amp;ples</source>
            <translation>أم&amp;ثلة</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>رمز جديد</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>المقاطع</translation>
        </message>
        <message>
            <source>Code to merge the selected code into</source>
            <translation>الرمز الذي يُدمج فيه الرمز المحدَّد</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>الرموز</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Code not saved</source>
            <translation>الرمز غير محفوظ</translation>
        </message>
        <message>
            <source>What you typed about this code is not saved. Save it now?</source>
            <translation>ما كتبته عن هذا الرمز غير محفوظ. هل تحفظه الآن؟</translation>
        </message>
        <message>
            <source>The code you were typing about was merged or deleted elsewhere (a team update or an import): what you typed about it was not saved.</source>
            <translation>دُمج الرمز الذي كنت تكتب عنه أو حُذف في مكان آخر (تحديث للفريق أو استيراد): لم يُحفظ ما كتبته عنه.</translation>
        </message>
        <message>
            <source>Codebook version %1</source>
            <translation>إصدار دليل الترميز %1</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>تعذّرت قراءة الملفّ.</translation>
        </message>
        <message>
            <source>The codebook was not changed.</source>
            <translation>لم يتغيّر دليل الترميز.</translation>
        </message>
        <message>
            <source>This file is not a REFI-QDA codebook that Majlis can read.</source>
            <translation>هذا الملفّ ليس دليل ترميز ⁦REFI-QDA⁩ يستطيع برنامج مجلس قراءته.</translation>
        </message>
        <message>
            <source>Code colour</source>
            <translation>لون الرمز</translation>
        </message>
        <message>
            <source>Merge “%1” into “%2”? All its segments move to “%2”.</source>
            <translation>أتريد دمج «%1» في «%2»؟ ستنتقل كلّ مقاطعه إلى «%2».</translation>
        </message>
        <message>
            <source>Merge codes</source>
            <translation>دمج الرموز</translation>
        </message>
        <message>
            <source>Delete this code and remove it from every segment it was applied to?</source>
            <translation>أتريد حذف هذا الرمز وإزالته من كلّ المقاطع التي طُبّق عليها؟</translation>
        </message>
        <message>
            <source>Delete code</source>
            <translation>حذف الرمز</translation>
        </message>
        <message>
            <source>What you typed about this code and did not save will be dropped.</source>
            <translation>ما كتبته عن هذا الرمز ولم تحفظه سيُحذف.</translation>
        </message>
        <message>
            <source>Import codebook</source>
            <translation>استيراد دليل الترميز</translation>
        </message>
        <message>
            <source>REFI-QDA codebook or project (*.qdc *.qdpx)</source>
            <translation>دليل ترميز أو مشروع ⁦REFI-QDA⁩ ‎(*.qdc *.qdpx)</translation>
        </message>
        <message>
            <source>The file holds no codes: nothing was imported.</source>
            <translation>لا يحوي الملفّ أيّ رمز: لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>Codebook imported from {file} (codes: {count}).</source>
            <translation>استُورد دليل الترميز من {file} (الرموز: {count}).</translation>
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation>دليل ترميز ⁦REFI-QDA⁩ ‎(*.qdc)</translation>
        </message>
        <message>
            <source>Codebook written: {file}</source>
            <translation>كُتب دليل الترميز: {file}</translation>
        </message>
        <message>
            <source>Export codebook</source>
            <translation>تصدير دليل الترميز</translation>
        </message>
    </context>
    <context>
        <name>CodingError</name>
        <message>
            <source>the text was changed meanwhile: select the words again</source>
            <translation>تغيّر النص في الأثناء: حدِّد الكلمات من جديد.</translation>
        </message>
        <message>
            <source>the selection holds only spaces</source>
            <translation>لا يحوي التحديد إلا مسافات.</translation>
        </message>
        <message>
            <source>the words were edited since: the coding cannot be brought back</source>
            <translation>عُدِّلت الكلمات منذ ذلك الحين: لا يمكن استعادة الترميز.</translation>
        </message>
        <message>
            <source>the words were erased since (their speaker withdrew): the coding cannot be brought back</source>
            <translation>مُحيت الكلمات منذ ذلك الحين (سحب المتحدث موافقته): لا يمكن استعادة الترميز.</translation>
        </message>
    </context>
    <context>
        <name>CodingWorkspace</name>
        <message>
            <source>Apply code… (Ctrl+K)</source>
            <translation>طبّق رمزًا… (⁦Ctrl+K⁩)</translation>
        </message>
        <message>
            <source>In vivo (Ctrl+I)</source>
            <translation>ترميز حرفي (⁦Ctrl+I⁩)</translation>
        </message>
        <message>
            <source>Remove coding</source>
            <translation>أزِل الترميز</translation>
        </message>
        <message>
            <source>Undo coding (Ctrl+Z)</source>
            <translation>تراجع عن الترميز (⁦Ctrl+Z⁩)</translation>
        </message>
        <message>
            <source>Previous (Shift+F8)</source>
            <translation>السابق (⁦Shift+F8⁩)</translation>
        </message>
        <message>
            <source>Move coding to the selection</source>
            <translation>انقل الترميز إلى التحديد</translation>
        </message>
        <message>
            <source>Next (F8)</source>
            <translation>التالي (⁦F8⁩)</translation>
        </message>
        <message>
            <source>Previous coding</source>
            <translation>الترميز السابق</translation>
        </message>
        <message>
            <source>Next coding</source>
            <translation>الترميز التالي</translation>
        </message>
        <message>
            <source>Codes at the cursor</source>
            <translation>الرموز عند المؤشّر</translation>
        </message>
        <message>
            <source>&amp;Memo on the segment</source>
            <translation>&amp;مذكّرة على المقطع</translation>
        </message>
        <message>
            <source>Memo on the segment</source>
            <translation>مذكّرة على المقطع</translation>
        </message>
        <message>
            <source>Session text</source>
            <translation>نصّ الجلسة</translation>
        </message>
        <message>
            <source>No codes yet. Select words and press Ctrl+I to make one, or add codes on the Codebook page.</source>
            <translation>لا توجد رموز بعد. حدّد كلمات واضغط ⁦Ctrl+I⁩ لتصنع منها رمزًا، أو أضف رموزًا في صفحة «دليل الترميز».</translation>
        </message>
        <message>
            <source>&amp;Save memo</source>
            <translation>&amp;احفظ المذكّرة</translation>
        </message>
        <message>
            <source>Codebook: drag a code onto the selected text, or press Enter on it</source>
            <translation>دليل الترميز: اسحب رمزًا إلى النصّ المحدَّد، أو اضغط ⁦Enter⁩ عليه</translation>
        </message>
        <message>
            <source>Code bars</source>
            <translation>أشرطة الرموز</translation>
        </message>
        <message>
            <source>Coding</source>
            <translation>الترميز</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخّص</translation>
        </message>
        <message>
            <source>Select some text first.</source>
            <translation>حدّد جزءًا من النصّ أوّلًا.</translation>
        </message>
        <message>
            <source>A selection must stay within one speaker turn, note or decision.</source>
            <translation>يجب أن يبقى التحديد داخل مداخلة واحدة أو ملاحظة أو قرار واحد.</translation>
        </message>
        <message>
            <source>This text was withdrawn by its speaker and cannot be coded.</source>
            <translation>سحب المتحدّث هذا النصّ فلا يمكن ترميزه.</translation>
        </message>
        <message>
            <source>Coded with “%1” (characters: %2).</source>
            <translation>رُمِّز التحديد بالرمز «%1» (عدد الأحرف: %2).</translation>
        </message>
        <message>
            <source>Coded in vivo (characters: %1).</source>
            <translation>رُمِّز ترميزًا حرفيًّا (عدد الأحرف: %1).</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>لا شيء للتراجع عنه.</translation>
        </message>
        <message>
            <source>Coding undone.</source>
            <translation>تمّ التراجع عن الترميز.</translation>
        </message>
        <message>
            <source>This text could not be coded.</source>
            <translation>تعذّر ترميز هذا النصّ.</translation>
        </message>
        <message>
            <source>%1 (words edited: check)</source>
            <translation>‏%1 (كلمات عُدِّلت: راجِع)</translation>
        </message>
        <message>
            <source>The text was edited after this coding. The words coded were: %1</source>
            <translation>عُدِّل النص بعد هذا الترميز. الكلمات التي رُمِّزت كانت: %1</translation>
        </message>
        <message>
            <source>The words of this coding were edited after it was coded: select the words it should cover and press “Move coding to the selection”.</source>
            <translation>عُدِّلت كلمات هذا الترميز بعد ترميزها: حدِّد الكلمات التي يجب أن يشملها واضغط «انقل الترميز إلى التحديد».</translation>
        </message>
        <message>
            <source>Coding moved to the selected words.</source>
            <translation>نُقل الترميز إلى الكلمات المحدَّدة.</translation>
        </message>
        <message>
            <source>Memo saved.</source>
            <translation>حُفظت المذكرة.</translation>
        </message>
        <message>
            <source>Put the cursor in a coded passage to write its memo.</source>
            <translation>ضع المؤشر في مقطع مرمَّز لتكتب مذكرته.</translation>
        </message>
        <message>
            <source>Put the cursor in a coded passage to remove its coding.</source>
            <translation>ضع المؤشر في مقطع مرمَّز لتزيل ترميزه.</translation>
        </message>
        <message>
            <source>No text is coded here yet.</source>
            <translation>لم يُرمَّز أي نص هنا بعد.</translation>
        </message>
    </context>
    <context>
        <name>ColumnChoice</name>
        <message>
            <source>Columns shown</source>
            <translation>الأعمدة الظاهرة</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Resolve a conflict</source>
            <translation>حلّ تعارض</translation>
        </message>
        <message>
            <source>Current &amp;text (kept now):</source>
            <translation>النصّ الحا&amp;لي (المحفوظ الآن):</translation>
        </message>
        <message>
            <source>Other &amp;version:</source>
            <translation>الن&amp;سخة الأخرى:</translation>
        </message>
        <message>
            <source>&amp;Edited text (start from the current text, take words from the other):</source>
            <translation>النصّ ال&amp;معدَّل (ابدأ من النصّ الحالي وخذ كلمات من النسخة الأخرى):</translation>
        </message>
        <message>
            <source>Words only in the other version are struck out; words only in the current text are in bold.</source>
            <translation>الكلمات الموجودة في النسخة الأخرى فقط مشطوبة؛ والكلمات الموجودة في النصّ الحالي فقط بخطّ عريض.</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>النصّ الحالي</translation>
        </message>
        <message>
            <source>Other version</source>
            <translation>النسخة الأخرى</translation>
        </message>
        <message>
            <source>Edited text</source>
            <translation>النصّ المعدَّل</translation>
        </message>
        <message>
            <source>Keep &amp;current</source>
            <translation>أبقِ ال&amp;حالي</translation>
        </message>
        <message>
            <source>Keep &amp;other</source>
            <translation>أبقِ الأ&amp;خرى</translation>
        </message>
        <message>
            <source>an unknown device</source>
            <translation>جهاز غير معروف</translation>
        </message>
        <message>
            <source>unknown time</source>
            <translation>وقت غير معروف</translation>
        </message>
        <message>
            <source>From %1, %2</source>
            <translation>من %1، %2</translation>
        </message>
        <message>
            <source>recorded by %1</source>
            <translation>سجّله %1</translation>
        </message>
        <message>
            <source>&amp;Save edited text</source>
            <translation>&amp;احفظ النصّ المعدَّل</translation>
        </message>
    </context>
    <context>
        <name>ConflictWords</name>
        <message>
            <source>Session: %1</source>
            <translation>الجلسة: %1</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>A turn of the transcript</source>
            <translation>مداخلة من النصّ المفرّغ</translation>
        </message>
        <message>
            <source>The notes of an agenda item</source>
            <translation>ملاحظات بند من جدول الأعمال</translation>
        </message>
        <message>
            <source>A decision</source>
            <translation>قرار</translation>
        </message>
        <message>
            <source>The session's summary</source>
            <translation>ملخّص الجلسة</translation>
        </message>
        <message>
            <source>The memo of a coding</source>
            <translation>مذكّرة ترميز</translation>
        </message>
        <message>
            <source>A memo</source>
            <translation>مذكّرة</translation>
        </message>
        <message>
            <source>A text</source>
            <translation>نصّ</translation>
        </message>
        <message>
            <source>Speaker: %1</source>
            <translation>المتحدّث: %1</translation>
        </message>
        <message>
            <source>the facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Agenda item: %1</source>
            <translation>بند جدول الأعمال: %1</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Where</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>النصّ الحالي</translation>
        </message>
        <message>
            <source>Other version</source>
            <translation>النسخة الأخرى</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>&amp;Resolve conflict…</source>
            <translation>&amp;حلّ التعارض…</translation>
        </message>
        <message>
            <source>Open &amp;conflicts:</source>
            <translation>التعارضات غير ال&amp;محلولة:</translation>
        </message>
        <message>
            <source>Open &amp;conflicts: none</source>
            <translation>التعارضات غير ال&amp;محلولة: لا شيء</translation>
        </message>
        <message>
            <source>Open &amp;conflicts: %1</source>
            <translation>التعارضات غير ال&amp;محلولة: %1</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>حلّ التعارض</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>التعارضات غير المحلولة</translation>
        </message>
        <message>
            <source>This conflict was already closed (an erasure closes the conflicts over the words it erased). Nothing was changed.</source>
            <translation>هذا التعارض أُغلق من قبل (المحو يُغلق التعارضات على الكلمات التي محاها). لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This conflict was already resolved (in another window, or with majlis-cli). Nothing was changed.</source>
            <translation>هذا التعارض حُلّ من قبل (في نافذة أخرى أو بواسطة ⁦majlis-cli⁩). لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The text of this conflict was deleted meanwhile (its session, agenda item or turn was deleted): nothing is left to decide, and the conflict is closed. Nothing was written.</source>
            <translation>حُذف نصّ هذا التعارض في أثناء ذلك (حُذفت جلسته أو بند جدول أعماله أو المداخلة): لم يبقَ ما يُقرَّر، وأُغلق التعارض. لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>Conflict resolved.</source>
            <translation>حُلّ التعارض.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consent — %1</source>
            <translation>الموافقة — %1</translation>
        </message>
        <message>
            <source>Form &amp;language:</source>
            <translation>&amp;لغة الاستمارة:</translation>
        </message>
        <message>
            <source>This is an older version of the form: version %1 is in %2 only. Choose that language above to have the newest version signed, or the participant will be asked again.</source>
            <translation>هذه نسخة أقدم من الاستمارة: النسخة %1 متوفرة بـ%2 فقط. اختر تلك اللغة في الأعلى ليُوقَّع على أحدث نسخة، وإلا سيُطلب من المشارك التوقيع مجدداً.</translation>
        </message>
        <message>
            <source>Language of the form</source>
            <translation>لغة الاستمارة</translation>
        </message>
        <message>
            <source>Show the form in %1? The answers given so far are cleared: the participant answers the form they read.</source>
            <translation>عرض الاستمارة بـ%1؟ ستُمحى الإجابات المعطاة حتى الآن: يجيب المشارك عن الاستمارة التي يقرؤها.</translation>
        </message>
        <message>
            <source>%1 withdrew consent to everything and what they said was erased: no consent can be recorded for them again. Someone who takes part again is added as a new participant.</source>
            <translation>سحب %1 موافقته على كل شيء ومُحي ما قاله: لا يمكن تسجيل موافقة له مرة أخرى. من يشارك من جديد يُضاف مشاركاً جديداً.</translation>
        </message>
        <message>
            <source>Consent of %1</source>
            <translation>موافقة %1</translation>
        </message>
        <message>
            <source>No consent form is available on this device.</source>
            <translation>لا توجد استمارة موافقة على هذا الجهاز.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النصّ</translation>
        </message>
        <message>
            <source>&amp;Read aloud, one clause at a time</source>
            <translation>&amp;اقرأ بصوت عالٍ، بندًا بعد بند</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>ال&amp;سابق</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>ال&amp;تالي</translation>
        </message>
        <message>
            <source>How is consent given?</source>
            <translation>كيف تُعطى الموافقة؟</translation>
        </message>
        <message>
            <source>Signed on &amp;screen</source>
            <translation>توقيع على ال&amp;شاشة</translation>
        </message>
        <message>
            <source>Signed &amp;paper form</source>
            <translation>استمارة &amp;ورقية موقّعة</translation>
        </message>
        <message>
            <source>&amp;Verbal, with a witness</source>
            <translation>ش&amp;فهيًّا، بحضور شاهد</translation>
        </message>
        <message>
            <source>&amp;Thumbprint, with a witness</source>
            <translation>ب&amp;صمة الإبهام، بحضور شاهد</translation>
        </message>
        <message>
            <source>Signature pad</source>
            <translation>لوحة التوقيع</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>ا&amp;مسح التوقيع</translation>
        </message>
        <message>
            <source>&amp;Attach a photo or scan of the signed form (optional)…</source>
            <translation>&amp;أرفق صورة أو مسحًا ضوئيًّا للاستمارة الموقّعة (اختياري)…</translation>
        </message>
        <message>
            <source>&amp;Witness (impartial):</source>
            <translation>الشاه&amp;د (محايد):</translation>
        </message>
        <message>
            <source>Witness name</source>
            <translation>اسم الشاهد</translation>
        </message>
        <message>
            <source>Consent obtained &amp;by:</source>
            <translation>&amp;حصل على الموافقة:</translation>
        </message>
        <message>
            <source>Person who obtained consent</source>
            <translation>الشخص الذي حصل على الموافقة</translation>
        </message>
        <message>
            <source>Enter the name of the person who obtained consent.</source>
            <translation>أدخل اسم الشخص الذي حصل على الموافقة.</translation>
        </message>
        <message>
            <source>This participant withdrew everything: add them as a new participant.</source>
            <translation>سحب هذا المشارك كل شيء: أضفه مشاركاً جديداً.</translation>
        </message>
        <message>
            <source>Reading the scan…</source>
            <translation>تُقرأ صورة المسح الضوئي…</translation>
        </message>
        <message>
            <source>Not saved: %1 The answers stay in the form: press Save consent again in a moment.</source>
            <translation>لم يُحفظ: %1 تبقى الإجابات في الاستمارة: اضغط «احفظ الموافقة» مرّة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>Close the consent form</source>
            <translation>إغلاق استمارة الموافقة</translation>
        </message>
        <message>
            <source>Close the form? The answers given in it are not saved.</source>
            <translation>أتُغلق الاستمارة؟ الإجابات التي أُعطيت فيها لن تُحفظ.</translation>
        </message>
        <message>
            <source>Text si&amp;ze</source>
            <translation>حجم ال&amp;نصّ</translation>
        </message>
        <message>
            <source>Save &amp;consent</source>
            <translation>احف&amp;ظ الموافقة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>The signature pad is empty. Ask the participant to sign, or choose another method.</source>
            <translation>لوحة التوقيع فارغة. اطلب من المشارك أن يوقّع، أو اختر طريقة أخرى.</translation>
        </message>
        <message>
            <source>Name the impartial witness.</source>
            <translation>اذكر اسم الشاهد المحايد.</translation>
        </message>
        <message>
            <source>Every clause needs a Yes or a No.</source>
            <translation>يحتاج كلّ بند إلى «نعم» أو «لا».</translation>
        </message>
        <message>
            <source>Choose how consent is given.</source>
            <translation>اختر طريقة إعطاء الموافقة.</translation>
        </message>
        <message>
            <source>This consent form is not on this device.</source>
            <translation>استمارة الموافقة هذه غير موجودة على هذا الجهاز.</translation>
        </message>
        <message>
            <source>The consent could not be saved.</source>
            <translation>تعذّر حفظ الموافقة.</translation>
        </message>
        <message>
            <source>Photo or scan of the signed form</source>
            <translation>صورة أو مسح ضوئي للاستمارة الموقّعة</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
            <translation>صور ‎(*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>That file is not an image.</source>
            <translation>هذا الملفّ ليس صورة.</translation>
        </message>
        <message>
            <source>The file is not there any more (was the USB stick removed?). Plug the stick in, or choose the file again.</source>
            <translation>لم يعد الملفّ موجودًا (هل نُزعت ذاكرة ⁦USB⁩؟). صِل الذاكرة، أو اختر الملفّ من جديد.</translation>
        </message>
        <message>
            <source>Scan attached.</source>
            <translation>أُرفق المسح الضوئي.</translation>
        </message>
        <message>
            <source>No scan attached.</source>
            <translation>لا يوجد مسح ضوئي مرفق.</translation>
        </message>
    </context>
    <context>
        <name>ConsentForm</name>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(إلزامي)</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>وقّع هنا</translation>
        </message>
        <message>
            <source>Clause {n} of {total}</source>
            <translation>البند {n} من {total}</translation>
        </message>
        <message>
            <source>What the signature means</source>
            <translation>معنى التوقيع</translation>
        </message>
    </context>
    <context>
        <name>ConsentModels</name>
        <message>
            <source>Form</source>
            <translation>الاستمارة</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>البنود</translation>
        </message>
        <message>
            <source>Built-in form</source>
            <translation>الاستمارة المدمجة</translation>
        </message>
        <message>
            <source>Team form</source>
            <translation>استمارة الفريق</translation>
        </message>
        <message>
            <source>take part</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>التسجيل الصوتي</translation>
        </message>
        <message>
            <source>quotes</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>الصور</translation>
        </message>
        <message>
            <source>share data</source>
            <translation>مشاركة البيانات</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <source>all data</source>
            <translation>كلّ البيانات</translation>
        </message>
        <message>
            <source>quotes only</source>
            <translation>الاقتباس فقط</translation>
        </message>
        <message>
            <source>Withdrawn %1 (%2)</source>
            <translation>سُحبت في %1 (%2)</translation>
        </message>
        <message>
            <source>Form not on this device</source>
            <translation>الاستمارة غير موجودة على هذا الجهاز</translation>
        </message>
        <message>
            <source>Replaced %1</source>
            <translation>استُبدل في %1</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>مرفوضة</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>مُعطاة</translation>
        </message>
        <message>
            <source>Signed on screen</source>
            <translation>توقيع على الشاشة</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>استمارة ورقية</translation>
        </message>
        <message>
            <source>Verbal, witnessed</source>
            <translation>شفهيًّا بحضور شاهد</translation>
        </message>
        <message>
            <source>Thumbprint, witnessed</source>
            <translation>بصمة الإبهام بحضور شاهد</translation>
        </message>
        <message>
            <source>Own form of %1</source>
            <translation>الاستمارة الخاصة بالجهاز %1</translation>
        </message>
        <message>
            <source>%1 (own form of %2)</source>
            <translation>استمارة %1 الخاصة بالجهاز %2</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>إصدار الاستمارة</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>الإجابات</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>الشاهد</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>وقت التسجيل</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>جهاز التسجيل</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>version %1; re-consent needed (version %2 now)</source>
            <translation>الإصدار %1؛ يلزم تجديد الموافقة (الإصدار %2 الآن)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>Consent forms</source>
            <translation>استمارات الموافقة</translation>
        </message>
        <message>
            <source>Consent forms and versions</source>
            <translation>استمارات الموافقة وإصداراتها</translation>
        </message>
        <message>
            <source>&amp;New version…</source>
            <translation>إصدار ج&amp;ديد…</translation>
        </message>
        <message>
            <source>Consent register</source>
            <translation>سجلّ الموافقات</translation>
        </message>
        <message>
            <source>Filter by pseudonym</source>
            <translation>تصفية حسب الاسم المستعار</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكلّ</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>مُعطاة</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>مرفوضة</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>مسحوبة</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>كلّ الجلسات</translation>
        </message>
        <message>
            <source>&amp;Record consent again…</source>
            <translation>أعد &amp;تسجيل الموافقة…</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;سحب الموافقة…</translation>
        </message>
        <message>
            <source>&amp;Print consent record…</source>
            <translation>&amp;اطبع سجلّ الموافقة…</translation>
        </message>
        <message>
            <source>Print &amp;session register…</source>
            <translation>ا&amp;طبع سجلّ موافقات الجلسة…</translation>
        </message>
        <message>
            <source>What this participant said, as shown everywhere</source>
            <translation>ما قاله هذا المشارك، كما يظهر في كلّ مكان</translation>
        </message>
        <message>
            <source>Speaker turns of the selected participant</source>
            <translation>مداخلات المشارك المحدَّد</translation>
        </message>
        <message numerus="yes">
            <source>%n consent form(s) used by records here have not reached this device yet.</source>
            <translation>
                <numerusform>لا توجد استمارات موافقة مستخدمة هنا لم تصل إلى هذا الجهاز.</numerusform>
                <numerusform>استمارة موافقة واحدة مستخدمة في السجلّات هنا لم تصل إلى هذا الجهاز بعد.</numerusform>
                <numerusform>استمارتا موافقة مستخدمتان في السجلّات هنا لم تصلا إلى هذا الجهاز بعد.</numerusform>
                <numerusform>%n استمارات موافقة مستخدمة في السجلّات هنا لم تصل إلى هذا الجهاز بعد.</numerusform>
                <numerusform>%n استمارة موافقة مستخدمة في السجلّات هنا لم تصل إلى هذا الجهاز بعد.</numerusform>
                <numerusform>%n استمارة موافقة مستخدمة في السجلّات هنا لم تصل إلى هذا الجهاز بعد.</numerusform>
            </translation>
        </message>
        <message>
            <source>The consent register could not be loaded.</source>
            <translation>تعذّر تحميل سجلّ الموافقات.</translation>
        </message>
        <message>
            <source>Version %1 of %2 published.</source>
            <translation>نُشر الإصدار %1 من %2.</translation>
        </message>
        <message>
            <source>Version %1 of %2 published. Publish a team update (Sync page) so that the laptops use it too.</source>
            <translation>نُشر الإصدار %1 من %2. انشر تحديث الفريق (صفحة المزامنة) لكي تستعمله الحواسيب المحمولة أيضاً.</translation>
        </message>
        <message>
            <source>Folder for the printout</source>
            <translation>مجلّد الطباعة</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>تعذّرت كتابة ملفّ ⁦PDF⁩: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>حُفظ %1</translation>
        </message>
        <message>
            <source>No consent form yet. Press New version… to write the form participants agree to.</source>
            <translation>لا توجد استمارة موافقة بعد. اضغط «إصدار جديد…» لتكتب الاستمارة التي يوافق عليها المشاركون.</translation>
        </message>
        <message>
            <source>No record matches the filters.</source>
            <translation>لا يوجد سجلّ يطابق عوامل التصفية.</translation>
        </message>
        <message>
            <source>No consent recorded yet. Consent is recorded for each participant in a session, from its Participants or Attendance tab.</source>
            <translation>لم تُسجَّل أيّ موافقة بعد. تُسجَّل الموافقة لكلّ مشارك داخل جلسة، من تبويب «المشاركون» أو «الحضور».</translation>
        </message>
    </context>
    <context>
        <name>CooccurrenceTab</name>
        <message>
            <source>Count overlapping codes to see how often two codes were given to the same words: each cell is the number of times the code of its row and the code of its column overlap.</source>
            <translation>اضغط «احسب الرموز المتداخلة» لترى كم مرّة أُعطي رمزان للكلمات نفسها: كلّ خانة هي عدد مرّات تداخل رمز صفّها مع رمز عمودها.</translation>
        </message>
        <message>
            <source>Count overlapping codes</source>
            <translation>احسب الرموز المتداخلة</translation>
        </message>
        <message>
            <source>Code co-occurrence</source>
            <translation>تزامن الرموز</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>No two codes overlap in any coded text.</source>
            <translation>لا يتداخل أيّ رمزين في أيّ نصّ مرمَّز.</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <source>No date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <source>Delete: no date</source>
            <translation>‏⁦Delete⁩: بلا تاريخ</translation>
        </message>
    </context>
    <context>
        <name>DemoStore</name>
        <message>
            <source>demo laptop</source>
            <translation>حاسوب تجريبي</translation>
        </message>
    </context>
    <context>
        <name>Demographics</name>
        <message>
            <source>female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <source>male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <source>other</source>
            <translation>آخر</translation>
        </message>
        <message>
            <source>prefers not to say</source>
            <translation>يفضّل عدم الإفصاح</translation>
        </message>
        <message>
            <source>urban</source>
            <translation>حضري</translation>
        </message>
        <message>
            <source>rural</source>
            <translation>ريفي</translation>
        </message>
        <message>
            <source>consent given</source>
            <translation>مُعطاة</translation>
        </message>
        <message>
            <source>no consent</source>
            <translation>بلا موافقة</translation>
        </message>
        <message>
            <source>declined to take part</source>
            <translation>رفض المشاركة</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>سُحبت الموافقة</translation>
        </message>
        <message>
            <source>re-consent needed (new form version)</source>
            <translation>يلزم تجديد الموافقة (نسخة جديدة من الاستمارة)</translation>
        </message>
        <message>
            <source>consent given, quotes withdrawn</source>
            <translation>مُعطاة، وسُحب الإذن بالاقتباس</translation>
        </message>
        <message>
            <source>consent given, not to be quoted</source>
            <translation>مُعطاة، دون إذن بالاقتباس</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(غير مذكور)</translation>
        </message>
    </context>
    <context>
        <name>DeviceLabel</name>
        <message>
            <source>{id} (no name yet)</source>
            <extracomment>A device with no label (none given, none sent), named by the end of its id.</extracomment>
            <translation>‏{id} (لا اسم له بعد)</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <extracomment>A device with no label, where its id is shown beside it (a column of its own, a line of its own).</extracomment>
            <translation>(لا اسم له بعد)</translation>
        </message>
    </context>
    <context>
        <name>DevicePage</name>
        <message>
            <source>This laptop</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <source>A name the coordinator will see for this device, e.g. "Basra laptop 2". Not a person's name.</source>
            <translation>اسم يراه المنسّق لهذا الجهاز، مثل «حاسوب البصرة 2». لا تكتب اسم شخص.</translation>
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation>&amp;اسم الجهاز</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>اسم الجهاز</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>اس&amp;مك</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Shown as the facilitator of new sessions and as the coder of your codings. You can change it in Settings.</source>
            <translation>يظهر ميسّرًا للجلسات الجديدة ومرمِّزًا لترميزاتك. يمكنك تغييره في الإعدادات.</translation>
        </message>
    </context>
    <context>
        <name>DevicesModel</name>
        <message>
            <source>Device</source>
            <translation>الجهاز</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>التغييرات المستلمة</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>المفقود</translation>
        </message>
        <message>
            <source>The centre</source>
            <translation>المركز</translation>
        </message>
        <message>
            <source> (this computer)</source>
            <translation> (هذا الحاسوب)</translation>
        </message>
        <message>
            <source>sends team updates, not bundles</source>
            <translation>يرسل تحديثات الفريق، لا حزمًا</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
    </context>
    <context>
        <name>ErasureReportDialog</name>
        <message>
            <source>Excel workbook</source>
            <translation>مصنّف ⁦Excel⁩</translation>
        </message>
        <message>
            <source>REFI-QDA project</source>
            <translation>مشروع ⁦REFI-QDA⁩</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>‏⁦PDF⁩</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>حزمة</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>نسخة احتياطية</translation>
        </message>
        <message>
            <source>bundle on hold</source>
            <translation>حزمة محجوزة بانتظار الاعتماد</translation>
        </message>
        <message>
            <source>What the erasure cannot reach</source>
            <translation>ما لا يصل إليه المحو</translation>
        </message>
        <message>
            <source>These files were made while the erased words existed. Majlis cannot reach them: delete them or replace them. The backups beside the database can be rewritten without the words.</source>
            <translation>صُنعت هذه الملفات حين كانت الكلمات الممحوّة موجودة. لا يستطيع «مجلس» الوصول إليها: احذفها أو استبدلها. أما النسخ الاحتياطية المجاورة لقاعدة البيانات فيمكن إعادة كتابتها من دون الكلمات.</translation>
        </message>
        <message>
            <source>No copy made while the erased words existed is left that Majlis knows of.</source>
            <translation>لم تبقَ أي نسخة يعرفها مجلس صُنعت حين كانت الكلمات المحذوفة موجودة.</translation>
        </message>
        <message>
            <source>&amp;Rewrite the local backups without the words…</source>
            <translation>أ&amp;عد كتابة النسخ الاحتياطية المحلية من دون الكلمات…</translation>
        </message>
        <message>
            <source>Bundles on hold may hold erased words: they wait unapplied inside this database. Approve or reject each one on the Sync page to finish the erasure: approving applies the erasure to its rows; rejecting discards it.</source>
            <translation>قد تحوي الحزم المحجوزة كلمات ممحوّة: فهي تنتظر داخل قاعدة البيانات هذه دون أن تُطبَّق. اعتمد كل واحدة منها أو ارفضها من صفحة المزامنة لإتمام المحو: الاعتماد يطبّق المحو على صفوفها، والرفض يتخلّص منها.</translation>
        </message>
        <message>
            <source>Codes used on the erased words: their memo, examples or criteria may quote them. Read them on the Codebook page: %1</source>
            <translation>رموز استُعملت على الكلام الممحوّ وقد تقتبسه مذكّرتها أو أمثلتها أو معاييرها. اقرأها في صفحة دليل الترميز: %1</translation>
        </message>
        <message>
            <source>Codes used on the words of participants who withdrew consent to be quoted: their memo, examples or criteria may quote them, and exports include them. Read them on the Codebook page: %1</source>
            <translation>رموز استُعملت على كلام مشاركين سحبوا موافقتهم على الاقتباس منهم: قد تقتبسه مذكّرتها أو أمثلتها أو معاييرها، والملفات المصدَّرة تتضمّنها. اقرأها في صفحة دليل الترميز: %1</translation>
        </message>
        <message>
            <source>Files the erasure cannot reach</source>
            <translation>ملفّات لا يصل إليها المحو</translation>
        </message>
        <message>
            <source>%1 — received %2 — from %3, number %4</source>
            <translation>‏%1 — وصلت في %2 — من الجهاز %3، رقمها %4</translation>
        </message>
        <message>
            <source>Rewrite backups</source>
            <translation>إعادة كتابة النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>The database passphrase (the backups use it too):</source>
            <translation>عبارة المرور لقاعدة البيانات (تستخدمها النسخ الاحتياطية أيضًا):</translation>
        </message>
        <message>
            <source>No backup was rewritten: no passphrase was typed. Click Rewrite the local backups again and type the database passphrase.</source>
            <translation>لم تُعَد كتابة أي نسخة احتياطية: لم تُكتب عبارة المرور. انقر «أعد كتابة النسخ الاحتياطية المحلية» مرّة أخرى واكتب عبارة مرور قاعدة البيانات.</translation>
        </message>
        <message>
            <source>Rewriting the backups…</source>
            <translation>تجري إعادة كتابة النسخ الاحتياطية…</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) rewritten without the words.</source>
            <translation>
                <numerusform>لم تُعَد كتابة أي نسخة احتياطية.</numerusform>
                <numerusform>أُعيدت كتابة نسخة احتياطية واحدة من دون الكلمات.</numerusform>
                <numerusform>أُعيدت كتابة نسختين احتياطيتين من دون الكلمات.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخ احتياطية من دون الكلمات.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخة احتياطية من دون الكلمات.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخة احتياطية من دون الكلمات.</numerusform>
            </translation>
        </message>
        <message>
            <source>The backups were not all rewritten: %1</source>
            <translation>لم تُعَد كتابة كلّ النسخ الاحتياطية: %1</translation>
        </message>
        <message>
            <source>The backups were not rewritten: wrong passphrase, or a backup cannot be opened.</source>
            <translation>لم تُعَد كتابة النسخ الاحتياطية: عبارة المرور خاطئة، أو تعذّر فتح إحدى النسخ.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFilters</name>
        <message>
            <source>from %1</source>
            <translation>من %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>حتى %1</translation>
        </message>
    </context>
    <context>
        <name>ExportLabels</name>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Kurdish (Sorani)</source>
            <translation>الكردية (السورانية)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>Take part</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>التسجيل الصوتي</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>الاقتباسات</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>الصور</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>المشاركة مع الفريق</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>التواصل</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in the text</source>
            <translation>ابحث في النصّ</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>النتيجة السابقة (⁦Shift+Enter⁩، ⁦Shift+F3⁩)</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>النتيجة السابقة</translation>
        </message>
        <message>
            <source>Next match (Enter, F3)</source>
            <translation>النتيجة التالية (⁦Enter⁩، ⁦F3⁩)</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>النتيجة التالية</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>أغلق شريط البحث (⁦Esc⁩)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>أغلق شريط البحث</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>‏%1 من %2</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>لم يُعثر على شيء</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Majlis: first start</source>
            <translation>مجلس: التشغيل الأوّل</translation>
        </message>
        <message>
            <source>Creating the encrypted database…</source>
            <translation>جارٍ إنشاء قاعدة البيانات المشفَّرة…</translation>
        </message>
        <message>
            <source>Majlis</source>
            <translation>مجلس</translation>
        </message>
        <message>
            <source>While this window was open, another Majlis window made a database in the same folder: %1. To work in it, close this window. Make a second, empty database anyway?</source>
            <translation>بينما كانت هذه النافذة مفتوحة، أنشأت نافذة أخرى لبرنامج مجلس قاعدة بيانات في المجلّد نفسه: %1. للعمل فيها، أغلق هذه النافذة. هل تريد مع ذلك إنشاء قاعدة بيانات ثانية فارغة؟</translation>
        </message>
        <message>
            <source>Majlis cannot write in the folder %1, where its database goes: the folder is read-only. Ask whoever helps you to make it writable, and try again.</source>
            <translation>لا يستطيع مجلس الكتابة في المجلّد %1، حيث توضع قاعدة بياناته: المجلّد للقراءة فقط. اطلب ممن يساعدك أن يجعله قابلًا للكتابة، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>Majlis could not make the folder for its database: %1 is a file, not a folder. Ask whoever helps you to move that file, and try again.</source>
            <translation>تعذّر على مجلس إنشاء المجلّد الخاص بقاعدة بياناته: %1 ملف وليس مجلّدًا. اطلب ممن يساعدك أن ينقل ذلك الملف، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>Team created</source>
            <translation>أُنشئ الفريق</translation>
        </message>
        <message>
            <source>Give the team file to each facilitator: %1

Back up the team key and keep it secret: %2</source>
            <translation>سلّم ملفّ الفريق إلى كلّ ميسّر: %1

احتفظ بنسخة احتياطية من مفتاح الفريق وأبقِه سرًّا: %2</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <source>The database was created, but the team could not be set up: %1
You can try again from the Sync page.</source>
            <translation>أُنشئت قاعدة البيانات، لكن تعذّر إعداد الفريق: %1
يمكنك المحاولة مجدّدًا من صفحة المزامنة.</translation>
        </message>
    </context>
    <context>
        <name>FocusGroupEditor</name>
        <message>
            <source>This session could not be opened: %1</source>
            <translation>تعذّر فتح هذه الجلسة: %1</translation>
        </message>
        <message>
            <source>This session could not be opened.</source>
            <translation>تعذّر فتح هذه الجلسة.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>حُفظ.</translation>
        </message>
        <message>
            <source>Not saved: a speaker has no recorded consent. Change the speaker of that turn.</source>
            <translation>لم يُحفظ: أحد المتحدّثين ليست له موافقة مسجّلة. غيّر المتحدّث في تلك المداخلة.</translation>
        </message>
        <message>
            <source>This session is final and read-only: unlock it to edit.</source>
            <translation>هذه الجلسة نهائية وللقراءة فقط: افتح قفلها لتعديلها.</translation>
        </message>
        <message>
            <source>No participant was seated in this session.</source>
            <translation>لم يُجلَس أيّ مشارك في هذه الجلسة.</translation>
        </message>
        <message>
            <source>No participants yet. Press Add participant to seat the first: each is given a pseudonym.</source>
            <translation>لا يوجد مشاركون بعد. اضغط «أضف مشاركًا» لتُجلس أوّلهم: يُعطى كلّ واحد اسمًا مستعارًا.</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>&amp;سحب الموافقة…</translation>
        </message>
        <message>
            <source>Withdraw the selected participant's consent: quotes only, or everything (their words and identity are erased)</source>
            <translation>سحب موافقة المشارك المحدَّد: الاقتباس فقط، أو كل شيء (تُمحى كلماته وهويته)</translation>
        </message>
        <message>
            <source>Choose the governorate first: the pseudonym is made from it.</source>
            <translation>اختر المحافظة أولًا: منها يُصنع الاسم المستعار.</translation>
        </message>
        <message>
            <source>Added %1. Record their consent before they can be given speech.</source>
            <translation>أُضيف %1. سجّل موافقته قبل إعطائه مداخلة.</translation>
        </message>
        <message>
            <source>Remove %1 from this session? They will no longer sit in seat %2.</source>
            <translation>هل تزيل %1 من هذه الجلسة؟ لن يبقى في المقعد %2.</translation>
        </message>
        <message>
            <source>Remove a participant</source>
            <translation>إزالة مشارك</translation>
        </message>
        <message>
            <source>%1 was not removed: %2</source>
            <translation>لم تتمّ إزالة ⁦%1⁩: %2</translation>
        </message>
        <message>
            <source>Not withdrawn: the transcript on screen could not be saved, and an erasure would miss its words. Try again once it is saved.</source>
            <translation>لم يُسحب شيء: تعذّر حفظ النص المدوَّن الظاهر على الشاشة، وسيفوت المحوُ كلماتِه. حاول مرّة أخرى بعد حفظه.</translation>
        </message>
        <message>
            <source>%1 speaks in this transcript and stays in the session. Give those turns to another speaker first, or delete them.</source>
            <translation>‏⁦%1⁩ يتحدّث في هذا النصّ المفرّغ ويبقى في الجلسة. أعطِ مداخلاته لمتحدّث آخر أولًا، أو احذفها.</translation>
        </message>
        <message>
            <source>Select a participant first.</source>
            <translation>اختر مشاركًا أوّلًا.</translation>
        </message>
        <message>
            <source>Untitled focus group</source>
            <translation>مجموعة نقاش مركّزة بلا عنوان</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Back to the sessions list (Esc)</source>
            <translation>العودة إلى قائمة الجلسات (⁦Esc⁩)</translation>
        </message>
        <message>
            <source>Back to the sessions list</source>
            <translation>العودة إلى قائمة الجلسات</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>&amp;أضف مشاركًا</translation>
        </message>
        <message>
            <source>Add a participant to this focus group</source>
            <translation>أضف مشاركًا إلى هذه المجموعة المركّزة</translation>
        </message>
        <message>
            <source>Re&amp;move from session</source>
            <translation>أ&amp;زِل من الجلسة</translation>
        </message>
        <message>
            <source>Record &amp;consent…</source>
            <translation>سجّل المواف&amp;قة…</translation>
        </message>
        <message>
            <source>Participants of this focus group</source>
            <translation>المشاركون في هذه المجموعة المركّزة</translation>
        </message>
        <message>
            <source>Transcr&amp;ipt</source>
            <translation>النصّ المفرّ&amp;غ</translation>
        </message>
        <message>
            <source>This session is no longer in the database.</source>
            <translation>لم تعد هذه الجلسة في قاعدة البيانات.</translation>
        </message>
        <message>
            <source>Not saved: a turn you changed was deleted elsewhere meanwhile (another window, majlis-cli or a team update). Copy your text, then close the session and open it again.</source>
            <translation>لم يُحفظ: حُذفت في مكان آخر في هذه الأثناء مداخلةٌ غيّرتَها (نافذة أخرى أو ⁦majlis-cli⁩ أو تحديث للفريق). انسخ نصّك، ثم أغلق الجلسة وافتحها من جديد.</translation>
        </message>
        <message>
            <source>Not saved. Your text is kept on screen.</source>
            <translation>لم يُحفظ. نصّك باقٍ على الشاشة.</translation>
        </message>
        <message>
            <source>Consent recorded for %1: they can be given speech.</source>
            <translation>سُجّلت موافقة %1: يمكن الآن إعطاؤه مداخلة.</translation>
        </message>
        <message>
            <source>Recorded for %1: they decline to take part and cannot be given speech.</source>
            <translation>سُجّل لـ %1: يرفض المشاركة ولا يمكن إعطاؤه مداخلة.</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>المشار&amp;كون</translation>
        </message>
        <message>
            <source>Session &amp;details</source>
            <translation>&amp;تفاصيل الجلسة</translation>
        </message>
        <message>
            <source>Focus group sections</source>
            <translation>أقسام المجموعة المركّزة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
    </context>
    <context>
        <name>FocusGroupHeader</name>
        <message>
            <source>— choose —</source>
            <translation>— اختر —</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>Dat&amp;e</source>
            <translation>التاري&amp;خ</translation>
        </message>
        <message>
            <source>Start (HH:MM)</source>
            <translation>وقت البدء (ساعة:دقيقة)</translation>
        </message>
        <message>
            <source>End (HH:MM)</source>
            <translation>وقت الانتهاء (ساعة:دقيقة)</translation>
        </message>
        <message>
            <source>&amp;Governorate</source>
            <translation>ال&amp;محافظة</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>المي&amp;سّر</translation>
        </message>
        <message>
            <source>&amp;Note-taker</source>
            <translation>مدوّن الملا&amp;حظات</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Majlis help</source>
            <translation>مساعدة برنامج مجلس</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>ال&amp;محتويات</translation>
        </message>
        <message>
            <source>Help topics</source>
            <translation>موضوعات المساعدة</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>نصّ المساعدة</translation>
        </message>
    </context>
    <context>
        <name>ImportBar</name>
        <message>
            <source>An import changed this session: choose Show theirs or Keep mine first.</source>
            <translation>غيّر استيرادٌ هذه الجلسة: اختر أولاً «اعرض النسخة المستوردة» أو «أبقِ نسختي».</translation>
        </message>
        <message>
            <source>This session was changed by an import. What you typed here is not saved yet.</source>
            <translation>غيّر استيرادٌ هذه الجلسة. ما كتبته هنا لم يُحفظ بعد.</translation>
        </message>
        <message>
            <source>Show t&amp;heirs</source>
            <translation>اعرض النسخة ال&amp;مستوردة</translation>
        </message>
        <message>
            <source>Show the session as the import left it; what you typed here since it was last saved is dropped</source>
            <translation>اعرض الجلسة كما تركها الاستيراد؛ ويُهمَل ما كتبته هنا منذ آخر حفظ</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>أبقِ &amp;نسختي</translation>
        </message>
        <message>
            <source>Save what you typed here; what the import changed elsewhere in the session stays</source>
            <translation>احفظ ما كتبته هنا؛ ويبقى ما غيّره الاستيراد في أجزاء الجلسة الأخرى</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <source>Looking for bundles in the folder…</source>
            <translation>يبحث عن الحزم في المجلّد…</translation>
        </message>
        <message>
            <source>Stopping before any file is imported…</source>
            <translation>يتوقّف قبل استيراد أيّ ملفّ…</translation>
        </message>
        <message>
            <source>Looking at the chosen files…</source>
            <translation>يتعرّف على الملفّات المختارة…</translation>
        </message>
        <message numerus="yes">
            <source>Stopping after the file being read (%1 of %n file(s) done)…</source>
            <translation>
                <numerusform>يتوقّف بعد الملفّ الجاري قراءته (انتهى %1 من %n ملفّ)…</numerusform>
                <numerusform>يتوقّف بعد الملفّ الجاري قراءته (انتهى %1 من ملفّ واحد)…</numerusform>
                <numerusform>يتوقّف بعد الملفّ الجاري قراءته (انتهى %1 من ملفّين)…</numerusform>
                <numerusform>يتوقّف بعد الملفّ الجاري قراءته (انتهى %1 من %n ملفّات)…</numerusform>
                <numerusform>يتوقّف بعد الملفّ الجاري قراءته (انتهى %1 من %n ملفًّا)…</numerusform>
                <numerusform>يتوقّف بعد الملفّ الجاري قراءته (انتهى %1 من %n ملفّ)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n file(s)</source>
            <translation>
                <numerusform>‏%1 من %n ملفّ</numerusform>
                <numerusform>‏%1 من ملفّ واحد</numerusform>
                <numerusform>‏%1 من ملفّين</numerusform>
                <numerusform>‏%1 من %n ملفّات</numerusform>
                <numerusform>‏%1 من %n ملفًّا</numerusform>
                <numerusform>‏%1 من %n ملفّ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Majlis met an error it did not expect.</source>
            <translation>واجه مجلس خطأً لم يكن متوقَّعًا.</translation>
        </message>
        <message>
            <source>Import cancelled before any file was read: nothing was imported. Choose the files or the folder again to import them.</source>
            <translation>أُلغي الاستيراد قبل قراءة أيّ ملفّ: لم يُستورد شيء. اختر الملفّات أو المجلّد مجدّدًا لاستيرادها.</translation>
        </message>
        <message>
            <source>No bundle files were found in the folder.</source>
            <translation>لم يُعثر على أيّ ملفّ حزمة في المجلّد.</translation>
        </message>
        <message>
            <source>Imported: {imported}, already present: {present}, held for approval: {held}, already waiting for approval: {waiting}, refused: {refused}.</source>
            <translation>المستوردة: {imported}، الموجودة من قبل: {present}، المحجوزة بانتظار الاعتماد: {held}، المنتظرة للاعتماد أصلًا: {waiting}، المرفوضة: {refused}.</translation>
        </message>
        <message>
            <source>Imported: {imported}, already present: {present}, held for approval: {held}, refused: {refused}.</source>
            <translation>المستوردة: {imported}، الموجودة من قبل: {present}، المحجوزة بانتظار الاعتماد: {held}، المرفوضة: {refused}.</translation>
        </message>
        <message>
            <source>Import stopped: {reason} The files imported before it are kept. Files read: {done} of {chosen}; not read yet: {left} (import them again once this is put right: the files already imported are recognised).</source>
            <translation>توقّف الاستيراد: {reason} الملفّات المستوردة قبله محفوظة. الملفّات المقروءة: {done} من {chosen}؛ التي لم تُقرأ بعد: {left} (استوردها مجدّدًا بعد إصلاح ذلك: الملفّات المستوردة من قبل تُعرف).</translation>
        </message>
        <message>
            <source>Import cancelled. Files read: {done} of {chosen}; not read yet: {left} (choose them again to go on: the files already imported are recognised).</source>
            <translation>أُلغي الاستيراد. الملفّات المقروءة: {done} من {chosen}؛ التي لم تُقرأ بعد: {left} (اخترها مجدّدًا للمتابعة: الملفّات المستوردة من قبل تُعرف).</translation>
        </message>
        <message>
            <source>Import finished. Files: {chosen}.</source>
            <translation>انتهى الاستيراد. الملفّات: {chosen}.</translation>
        </message>
        <message>
            <source>New conflicts: {conflicts}. Two laptops changed the same text: decide each under Open conflicts.</source>
            <translation>تعارضات جديدة: {conflicts}. غيّر حاسوبان النصّ نفسه: قرّر في كلّ منها تحت «التعارضات غير المحلولة».</translation>
        </message>
        <message>
            <source>The refused and held files are listed first under Results.</source>
            <translation>الملفّات المرفوضة والمحجوزة مذكورة أوّلًا في النتائج.</translation>
        </message>
        <message>
            <source>Which files were refused or held is said again when they are chosen again.</source>
            <translation>تُذكر الملفّات التي رُفضت أو حُجزت مرّة أخرى عند اختيارها من جديد.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>Show the refused and held files</source>
            <translation>اعرض الملفّات المرفوضة والمحجوزة</translation>
        </message>
    </context>
    <context>
        <name>ImportTextDialog</name>
        <message>
            <source>Import a transcript typed elsewhere</source>
            <translation>استيراد نصّ مفرّغ كُتب في مكان آخر</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>اختر &amp;ملفًّا…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Empty the box, to type or paste another text</source>
            <translation>أفرغ المربّع لتكتب نصًّا آخر أو تلصقه</translation>
        </message>
        <message>
            <source>Paste the transcript here, one turn a line, such as «P3: …», «Facilitator: …» or «[00:12:34] P2: …»; a line without a speaker continues the turn above it. A chat exported from WhatsApp is read message by message, its senders as the speakers.</source>
            <translation>ألصق النصّ المفرّغ هنا، مداخلة في كلّ سطر، مثل «⁦P3: …⁩» أو «الميسّر: …» أو «⁦[00:12:34] P2: …⁩»؛ والسطر الذي لا يبدأ بمتحدّث يُكمل المداخلة التي فوقه. وتُقرأ المحادثة المصدَّرة من واتساب رسالةً رسالة، ومُرسِلوها هم المتحدّثون.</translation>
        </message>
        <message>
            <source>This text is too long to show whole: above is its beginning, which cannot be edited here. The turns below are from the whole text, and all of it will be imported.</source>
            <translation>هذا النصّ أطول من أن يُعرض كاملًا: في الأعلى بدايته، ولا يمكن تعديلها هنا. المداخلات أدناه مأخوذة من النصّ كلّه، وسيُستورد كلّه.</translation>
        </message>
        <message>
            <source>Transcript text to import</source>
            <translation>النصّ المفرّغ المراد استيراده</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستورد</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>المداخلات</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>المتحدّث</translation>
        </message>
        <message>
            <source>Speaker labels found</source>
            <translation>تسميات المتحدّثين التي وُجدت</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
        <message>
            <source>Turns to add</source>
            <translation>المداخلات التي ستُضاف</translation>
        </message>
        <message>
            <source>Transcript text</source>
            <translation>النصّ المفرّغ</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>ملفّات نصّية ‎(*.txt);;كلّ الملفّات (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>جارٍ قراءة الملفّ…</translation>
        </message>
        <message>
            <source>Not imported: this is a folder, not a text file.</source>
            <translation>لم يُستورد: هذا مجلّد، وليس ملفًّا نصّيًّا.</translation>
        </message>
        <message>
            <source>This file could not be read.</source>
            <translation>تعذّرت قراءة هذا الملفّ.</translation>
        </message>
        <message>
            <source>The file was read as %1.</source>
            <translation>قُرئ الملفّ بترميز %1.</translation>
        </message>
        <message>
            <source>Not imported: the text is larger than %1 MB.</source>
            <translation>لم يُستورد: النصّ أكبر من %1 ميغابايت.</translation>
        </message>
        <message>
            <source>Not imported: this is not a text file.</source>
            <translation>لم يُستورد: هذا ليس ملفًّا نصّيًّا.</translation>
        </message>
        <message>
            <source>Not imported: this is the team's key file, not a transcript. Keep it private.</source>
            <translation>لم يُستورد: هذا ملفّ مفتاح الفريق، وليس نصًّا مفرّغًا. أبقِه سرّيًّا.</translation>
        </message>
        <message>
            <source>This does not look like a transcript with speakers: more than %1 different labels begin lines with a colon. Each turn begins with its speaker, such as «P3: …».</source>
            <translation>لا يبدو هذا نصًّا مفرّغًا لمتحدّثين: أكثر من %1 تسمية مختلفة تبدأ بها الأسطر قبل نقطتين. تبدأ كلّ مداخلة بمتحدّثها، مثل «⁦P3: …⁩».</translation>
        </message>
        <message>
            <source>There is no text to import.</source>
            <translation>لا يوجد نصّ لاستيراده.</translation>
        </message>
        <message>
            <source>Reading the text…</source>
            <translation>جارٍ قراءة النصّ…</translation>
        </message>
        <message>
            <source>(text before the first speaker)</source>
            <translation>(نصّ قبل أوّل متحدّث)</translation>
        </message>
        <message>
            <source>Speaker for %1</source>
            <translation>متحدّث «%1»</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختر…</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Seat %1: %2</source>
            <translation>المقعد %1: %2</translation>
        </message>
        <message>
            <source>%1 — no consent</source>
            <translation>‏%1 — بلا موافقة</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>No speaker: text of the turn above</source>
            <translation>ليس متحدّثًا: جزء من نصّ المداخلة السابقة</translation>
        </message>
        <message>
            <source>No turns found: each turn begins with its speaker and a colon, such as «P3: …».</source>
            <translation>لم تُوجد مداخلات: تبدأ كلّ مداخلة بمتحدّثها ثمّ نقطتين، مثل «⁦P3: …⁩».</translation>
        </message>
        <message>
            <source>Turns to add: %1. Choose the speaker of each label marked «Choose…».</source>
            <translation>المداخلات التي ستُضاف: %1. اختر المتحدّث لكلّ تسمية عليها «اختر…».</translation>
        </message>
        <message>
            <source>Turns to add after the existing ones: %1.</source>
            <translation>المداخلات التي ستُضاف بعد الموجودة: %1.</translation>
        </message>
        <message>
            <source>Turns imported: %1.</source>
            <translation>المداخلات المستوردة: %1.</translation>
        </message>
        <message>
            <source>Nothing was imported: a speaker has no recorded consent.</source>
            <translation>لم يُستورد شيء: أحد المتحدّثين ليست له موافقة مسجّلة.</translation>
        </message>
        <message>
            <source>Nothing was imported: this session is final and read-only.</source>
            <translation>لم يُستورد شيء: هذه الجلسة نهائية وللقراءة فقط.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>لم يُستورد شيء: %1</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join a team</source>
            <translation>الانضمام إلى فريق</translation>
        </message>
        <message>
            <source>Your coordinator gives you the team file (it ends in .majlis-team).</source>
            <translation>يعطيك المنسّق ملفّ الفريق (ينتهي بـ ⁦.majlis-team⁩).</translation>
        </message>
        <message>
            <source>Team &amp;file:</source>
            <translation>م&amp;لفّ الفريق:</translation>
        </message>
        <message>
            <source>Team file</source>
            <translation>ملفّ الفريق</translation>
        </message>
        <message>
            <source>&amp;Choose team file…</source>
            <translation>اختر &amp;ملفّ الفريق…</translation>
        </message>
        <message>
            <source>&amp;Join this team</source>
            <translation>ا&amp;نضمّ إلى هذا الفريق</translation>
        </message>
        <message>
            <source>What you have already recorded on this laptop stays, and travels to the team in the first bundle you export.</source>
            <translation>يبقى ما سجّلته على هذا الحاسوب، ويصل إلى الفريق في أوّل حزمة تصدّرها.</translation>
        </message>
        <message numerus="yes">
            <source>You drafted %n recommendation(s) on this laptop while working alone. In a team, recommendations are made by the coordinators: yours stay on this laptop as local drafts and are not sent. To propose one, give a coordinator its evidence brief.</source>
            <translation>
                <numerusform>لم تكتب أي توصية على هذا الحاسوب حين كنت تعمل وحدك.</numerusform>
                <numerusform>كتبتَ توصية واحدة على هذا الحاسوب حين كنت تعمل وحدك. في الفريق يضع المنسّقون التوصيات: تبقى توصيتك على هذا الحاسوب مسودّةً محلّية ولا تُرسَل. لاقتراحها، أعطِ منسّقًا موجز أدلّتها.</numerusform>
                <numerusform>كتبتَ توصيتين على هذا الحاسوب حين كنت تعمل وحدك. في الفريق يضع المنسّقون التوصيات: تبقى توصيتاك على هذا الحاسوب مسودّتين محلّيتين ولا تُرسَلان. لاقتراح إحداهما، أعطِ منسّقًا موجز أدلّتها.</numerusform>
                <numerusform>كتبتَ %n توصيات على هذا الحاسوب حين كنت تعمل وحدك. في الفريق يضع المنسّقون التوصيات: تبقى توصياتك على هذا الحاسوب مسودّاتٍ محلّية ولا تُرسَل. لاقتراح إحداها، أعطِ منسّقًا موجز أدلّتها.</numerusform>
                <numerusform>كتبتَ %n توصية على هذا الحاسوب حين كنت تعمل وحدك. في الفريق يضع المنسّقون التوصيات: تبقى توصياتك على هذا الحاسوب مسودّاتٍ محلّية ولا تُرسَل. لاقتراح إحداها، أعطِ منسّقًا موجز أدلّتها.</numerusform>
                <numerusform>كتبتَ %n توصية على هذا الحاسوب حين كنت تعمل وحدك. في الفريق يضع المنسّقون التوصيات: تبقى توصياتك على هذا الحاسوب مسودّاتٍ محلّية ولا تُرسَل. لاقتراح إحداها، أعطِ منسّقًا موجز أدلّتها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Majlis team files (*.majlis-team);;All files (*)</source>
            <translation>ملفّات فريق مجلس ‎(*.majlis-team);;كلّ الملفّات (*)</translation>
        </message>
    </context>
    <context>
        <name>KeyFilePassphraseDialog</name>
        <message>
            <source>Export team key</source>
            <translation>تصدير مفتاح الفريق</translation>
        </message>
        <message>
            <source>The team key opens every bundle the laptops send. The file is protected by the passphrase typed here: give it to the second coordinator apart from the file (by phone, not on the same USB stick).</source>
            <translation>مفتاح الفريق يفتح كلّ حزمة ترسلها الحواسيب. الملفّ محميّ بعبارة المرور المكتوبة هنا: أعطها للمنسّق الثاني منفصلةً عن الملفّ (بالهاتف، لا على ذاكرة ⁦USB⁩ نفسها).</translation>
        </message>
        <message>
            <source>&amp;Passphrase for the key file:</source>
            <translation>&amp;عبارة مرور ملفّ المفتاح:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;أعد كتابتها:</translation>
        </message>
        <message>
            <source>Passphrase for the key file</source>
            <translation>عبارة مرور ملفّ المفتاح</translation>
        </message>
        <message>
            <source>Repeat the passphrase for the key file</source>
            <translation>أعد كتابة عبارة مرور ملفّ المفتاح</translation>
        </message>
        <message>
            <source>&amp;Write the key file</source>
            <translation>ا&amp;كتب ملفّ المفتاح</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>The passphrase holds an invisible character that no passphrase can hold (a paste can bring one): type it with the keyboard instead. Nothing was written.</source>
            <translation>تحتوي عبارة المرور على محرف غير مرئي لا يمكن أن تحمله أي عبارة مرور (قد يجلبه اللصق): اكتبها بلوحة المفاتيح بدلاً من ذلك. لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>The passphrase is too weak: use at least 8 characters. Nothing was written.</source>
            <translation>عبارة المرور ضعيفة جدًّا: استخدم 8 أحرف على الأقلّ. لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Nothing was written.</source>
            <translation>عبارتا المرور مختلفتان. لم يُكتب شيء.</translation>
        </message>
    </context>
    <context>
        <name>KeyPassphraseDialog</name>
        <message>
            <source>Team key passphrase</source>
            <translation>عبارة مرور مفتاح الفريق</translation>
        </message>
        <message>
            <source>The team key file {file} is protected by a passphrase. Type the passphrase it was exported with (not this database's passphrase):</source>
            <translation>ملفّ مفتاح الفريق {file} محميّ بعبارة مرور. اكتب عبارة المرور التي صُدِّر بها (وليس عبارة مرور قاعدة البيانات هذه):</translation>
        </message>
        <message>
            <source>Passphrase of the team key file</source>
            <translation>عبارة مرور ملفّ مفتاح الفريق</translation>
        </message>
        <message>
            <source>Type the passphrase of the team key file first.</source>
            <translation>اكتب عبارة مرور ملفّ مفتاح الفريق أوّلًا.</translation>
        </message>
        <message>
            <source>This passphrase does not open the key file. Type it again, or cancel.</source>
            <translation>عبارة المرور هذه لا تفتح ملفّ المفتاح. اكتبها مرّة أخرى، أو ألغِ.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Majlis</source>
            <translation>أهلًا بك في مجلس</translation>
        </message>
        <message>
            <source>Choose the language of the interface. You can change it later.</source>
            <translation>اختر لغة الواجهة. يمكنك تغييرها لاحقًا.</translation>
        </message>
        <message>
            <source>The database opened last is not there: %1. If it is on a USB stick or another drive, connect it and start Majlis again. Go on only to make a new, empty database.</source>
            <translation>قاعدة البيانات التي فُتحت آخر مرة غير موجودة: %1. إن كانت على ذاكرة ⁦USB⁩ أو قرص آخر، فصِلها ثم شغّل مجلس من جديد. لا تتابع إلا إذا أردت إنشاء قاعدة بيانات جديدة فارغة.</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>Te&amp;xt of the form:</source>
            <translation>&amp;نصّ الاستمارة:</translation>
        </message>
        <message>
            <source>What the &amp;signature means:</source>
            <translation>معنى ال&amp;توقيع:</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>البنود</translation>
        </message>
    </context>
    <context>
        <name>LifecycleBar</name>
        <message>
            <source>Finalise</source>
            <translation>اعتمد نهائيًا</translation>
        </message>
        <message>
            <source>A final session becomes read-only</source>
            <translation>تصبح الجلسة النهائية للقراءة فقط</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>ا&amp;فتح القفل…</translation>
        </message>
        <message>
            <source>Unlocking needs a reason, kept in the audit trail</source>
            <translation>فتح القفل يحتاج إلى سبب يُحفظ في سجلّ التدقيق</translation>
        </message>
        <message>
            <source>Audit t&amp;rail</source>
            <translation>سجلّ الت&amp;دقيق</translation>
        </message>
        <message>
            <source>Show who changed what and when</source>
            <translation>اعرض من غيّر ماذا ومتى</translation>
        </message>
        <message>
            <source>This session cannot be finalised yet: see the list above.</source>
            <translation>لا يمكن اعتماد هذه الجلسة نهائيًا بعد: انظر القائمة أعلاه.</translation>
        </message>
        <message>
            <source>Finalised: the session is now read-only.</source>
            <translation>اعتُمدت نهائيًا: أصبحت الجلسة للقراءة فقط.</translation>
        </message>
        <message>
            <source>Unlocked: the reason is kept in the audit trail.</source>
            <translation>فُتح القفل: حُفظ السبب في سجلّ التدقيق.</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>Cleared when Majlis locked: type the passphrase again.</source>
            <translation>مُسحت عند قفل مجلس: اكتبها مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>LongTextLimit</name>
        <message>
            <source>This text is at its longest: what went past the end was not added.</source>
            <translation>بلغ هذا النص أقصى طول له: لم يُضَف ما تجاوز النهاية.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This database is an older copy of what this laptop had already sent. A new numbering has started, so the centre accepts the new work.</source>
            <translation>قاعدة البيانات هذه نسخة أقدم ممّا أرسله هذا الحاسوب من قبل. بدأ ترقيم جديد، فيقبل الفريق المركزي العمل الجديد.</translation>
        </message>
        <message>
            <source>Majlis</source>
            <translation>مجلس</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>م&amp;لفّ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>عر&amp;ض</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;صدّر إلى ⁦Excel⁩…</translation>
        </message>
        <message>
            <source>Export REFI-QDA &amp;project…</source>
            <translation>صدّر &amp;مشروع ⁦REFI-QDA⁩…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;قفل</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعد&amp;ة</translation>
        </message>
        <message>
            <source>Help &amp;contents</source>
            <translation>&amp;محتويات المساعدة</translation>
        </message>
        <message>
            <source>Help for &amp;this page</source>
            <translation>مساعدة &amp;هذه الصفحة</translation>
        </message>
        <message>
            <source>&amp;About Majlis…</source>
            <translation>&amp;حول برنامج مجلس…</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>المنظّمات</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>دليل الترميز</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>This kind of session cannot be opened in this version yet.</source>
            <translation>لا يمكن فتح هذا النوع من الجلسات في هذا الإصدار بعد.</translation>
        </message>
        <message>
            <source>This session is no longer in the database.</source>
            <translation>لم تعد هذه الجلسة في قاعدة البيانات.</translation>
        </message>
        <message>
            <source>&amp;Show the text not saved</source>
            <translation>ا&amp;عرض النص غير المحفوظ</translation>
        </message>
        <message>
            <source>What was typed in the open session since its last save is kept on screen: enter the passphrase to see it and copy it.</source>
            <translation>ما كُتب في الجلسة المفتوحة منذ آخر حفظ ما زال محفوظاً على الشاشة: أدخل عبارة المرور لتراه وتنسخه.</translation>
        </message>
        <message>
            <source>The passphrase was changed just before Majlis locked: enter the new passphrase.</source>
            <translation>تغيّرت عبارة المرور قبل أن يُقفل برنامج مجلس بقليل: أدخل عبارة المرور الجديدة.</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>التصدير إلى ⁦Excel⁩</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنّف ⁦Excel⁩ ‎(*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
        <message>
            <source>Excel workbook written: %1</source>
            <translation>كُتب مصنّف ⁦Excel⁩: %1</translation>
        </message>
        <message>
            <source>An export is already running. Wait for it to finish, or cancel it, then export again.</source>
            <translation>هناك تصدير جارٍ بالفعل. انتظر حتى ينتهي أو ألغِه، ثم أعد التصدير.</translation>
        </message>
        <message>
            <source>Too late to cancel: the export was already saved. %1</source>
            <translation>فات أوان الإلغاء: كان التصدير قد حُفظ. %1</translation>
        </message>
        <message>
            <source>Export cancelled: nothing was written to the folder.</source>
            <translation>أُلغي التصدير: لم يُكتب شيء في المجلّد.</translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>فشل التصدير: %1</translation>
        </message>
        <message>
            <source>Export REFI-QDA project</source>
            <translation>تصدير مشروع ⁦REFI-QDA⁩</translation>
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>مشروع ⁦REFI-QDA⁩ ‎(*.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA project written: %1</source>
            <translation>كُتب مشروع ⁦REFI-QDA⁩: %1</translation>
        </message>
        <message>
            <source>Device: %1</source>
            <translation>الجهاز: %1</translation>
        </message>
        <message>
            <source>Team: %1</source>
            <translation>الفريق: %1</translation>
        </message>
        <message>
            <source>Working alone</source>
            <translation>يعمل وحده</translation>
        </message>
        <message>
            <source>Demo database</source>
            <translation>قاعدة بيانات تجريبية</translation>
        </message>
        <message>
            <source>Sample sessions in a throwaway database: it is deleted when Majlis closes.</source>
            <translation>جلسات نموذجية في قاعدة بيانات مؤقّتة: تُحذف عند إغلاق مجلس.</translation>
        </message>
        <message>
            <source>Unsent changes: %1</source>
            <translation>تغييرات لم تُرسَل: %1</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>ألغِ التصدير</translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message>
            <source>Segments</source>
            <translation>المقاطع</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>&amp;Percent of column</source>
            <translation>نسبة من العمو&amp;د</translation>
        </message>
        <message>
            <source>Show each cell as a share of its column's total</source>
            <translation>اعرض كل خلية نسبةً من مجموع عمودها</translation>
        </message>
        <message>
            <source>Compare by</source>
            <translation>قارن حسب</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>العدد</translation>
        </message>
        <message>
            <source>Build matrix</source>
            <translation>أنشئ المصفوفة</translation>
        </message>
        <message>
            <source>Matrix as &amp;image…</source>
            <translation>المصفوفة &amp;صورةً…</translation>
        </message>
        <message>
            <source>&amp;Chart as image…</source>
            <translation>المخط&amp;ط صورةً…</translation>
        </message>
        <message>
            <source>Matrix and chart to &amp;Excel…</source>
            <translation>ال&amp;مصفوفة والمخطط إلى ⁦Excel⁩…</translation>
        </message>
        <message>
            <source>Code by attribute matrix</source>
            <translation>مصفوفة الرموز حسب الصفات</translation>
        </message>
        <message>
            <source>Bar chart of the selected code</source>
            <translation>مخطّط أعمدة للرمز المحدَّد</translation>
        </message>
        <message>
            <source>Build the matrix: its chart shows here. Click a row to chart that code.</source>
            <translation>أنشئ المصفوفة: يظهر رسمها البياني هنا. انقر صفًّا لترسم ذلك الرمز.</translation>
        </message>
        <message>
            <source>Segments in the selected cell</source>
            <translation>المقاطع في الخلية المحدَّدة</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>All codes</source>
            <translation>كل الرموز</translation>
        </message>
        <message>
            <source>%1 by %2: %3</source>
            <translation>‏%1 حسب %2: %3</translation>
        </message>
        <message>
            <source>Share of the column</source>
            <translation>النسبة من العمود</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>احفظ باسم</translation>
        </message>
        <message>
            <source>Image (*.png)</source>
            <translation>صورة ‎(*.png)</translation>
        </message>
        <message>
            <source>The image could not be saved.</source>
            <translation>تعذّر حفظ الصورة.</translation>
        </message>
        <message>
            <source>The workbook could not be saved.</source>
            <translation>تعذّر حفظ مصنّف ⁦Excel⁩.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>حُفظ %1</translation>
        </message>
        <message>
            <source>Click a cell of the matrix to list its coded segments here.</source>
            <translation>انقر خلية في المصفوفة لتُدرَج مقاطعها المرمَّزة هنا.</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>‏%1 حسب %2</translation>
        </message>
        <message>
            <source>every code</source>
            <translation>كل الرموز</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>المصفوفة</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنّف ⁦Excel⁩ ‎(*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>MemoBox</name>
        <message>
            <source>The coding this memo was written for was removed elsewhere: the memo was not saved.</source>
            <translation>أُزيل في مكان آخر الترميزُ الذي كُتبت له هذه المذكرة: لم تُحفظ المذكرة.</translation>
        </message>
        <message>
            <source>The coding this memo was being written for was removed elsewhere: the memo was not saved. It stays in the box until you choose another coding; copy it if you need it.</source>
            <translation>أُزيل في مكان آخر الترميزُ الذي كانت هذه المذكرة تُكتب له: لم تُحفظ المذكرة. تبقى في المربّع إلى أن تختار ترميزًا آخر؛ انسخها إن احتجت إليها.</translation>
        </message>
        <message>
            <source>The coding it was written for was removed meanwhile.</source>
            <translation>أُزيل الترميز الذي كُتبت له في أثناء ذلك.</translation>
        </message>
        <message>
            <source>Memo not saved</source>
            <translation>لم تُحفظ المذكرة</translation>
        </message>
        <message>
            <source>The memo could not be saved. %1 Close the window without it? Cancel keeps the window open with the memo in it.</source>
            <translation>تعذّر حفظ المذكرة. %1 أتُغلق النافذة من دونها؟ «إلغاء» يُبقي النافذة مفتوحة والمذكرة فيها.</translation>
        </message>
    </context>
    <context>
        <name>NewKeyButton</name>
        <message>
            <source>New signing key…</source>
            <translation>مفتاح توقيع جديد…</translation>
        </message>
        <message>
            <source>Make a new signing key</source>
            <translation>إنشاء مفتاح توقيع جديد</translation>
        </message>
        <message>
            <source>New signing key</source>
            <translation>مفتاح توقيع جديد</translation>
        </message>
        <message>
            <source>Make a new signing key? Only when your coordinator says the centre revoked this laptop's key (a backup of a lost or stolen laptop restored on this one).
Everything recorded here goes again in your next bundles; they wait at the centre until the coordinator approves the new key, once you have read its fingerprint on the phone.</source>
            <translation>إنشاء مفتاح توقيع جديد؟ فقط عندما يقول لك المنسّق إن المركز سحب اعتماد مفتاح هذا الحاسوب (نسخة احتياطية لحاسوب مفقود أو مسروق استُعيدت على هذا الحاسوب).
كل ما سُجّل هنا يُرسل من جديد في حزمك التالية؛ وتنتظر في المركز حتى يوافق المنسّق على المفتاح الجديد، بعد أن تقرأ له بصمته على الهاتف.</translation>
        </message>
        <message>
            <source>New key fingerprint: {fingerprint}. Read it to your coordinator, then export a bundle: it carries everything again.</source>
            <translation>بصمة المفتاح الجديد: {fingerprint}. اقرأها لمنسّقك، ثم صدّر حزمة: تحمل كل شيء من جديد.</translation>
        </message>
        <message>
            <source>No new key was made: {reason}</source>
            <translation>لم يُنشأ مفتاح جديد: {reason}</translation>
        </message>
    </context>
    <context>
        <name>NewPerson</name>
        <message>
            <source>The pseudonym %1 is already used by another participant.</source>
            <translation>الاسم المستعار %1 مستخدَم لمشارك آخر.</translation>
        </message>
        <message>
            <source>This session is final: unlock it to edit.</source>
            <translation>هذه الجلسة نهائية: افتح قفلها لتعديلها.</translation>
        </message>
        <message>
            <source>Nobody was added: %1</source>
            <translation>لم يُضَف أحد: %1</translation>
        </message>
        <message>
            <source>Nobody was added. Try again.</source>
            <translation>لم يُضَف أحد. حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>NewTeamKeyButton</name>
        <message>
            <source>New team key</source>
            <translation>مفتاح جديد للفريق</translation>
        </message>
        <message>
            <source>Make a new team key? Only when a team key file was lost or reached someone who should not have it: that file opens every bundle encrypted to the team's key.
The laptops encrypt their bundles to the new key once they apply your next team update: publish one and carry it to every laptop. The bundles sent before still open here (the old key stays in this database). A second coordinator needs the team key exported again.</source>
            <translation>أتصنع مفتاحًا جديدًا للفريق؟ افعل ذلك فقط إذا ضاع ملفّ مفتاح الفريق أو وصل إلى من لا ينبغي أن يملكه: ذلك الملفّ يفتح كلّ حزمة مشفّرة لمفتاح الفريق.
تشفّر الحواسيب حزمها للمفتاح الجديد بعد أن تطبّق تحديث الفريق التالي منك: انشر تحديثًا واحمله إلى كلّ حاسوب. الحزم المرسلة قبل ذلك تُفتح هنا كما كانت (يبقى المفتاح القديم في قاعدة البيانات هذه). يحتاج المنسّق الثاني إلى تصدير مفتاح الفريق له من جديد.</translation>
        </message>
        <message>
            <source>&amp;New team key…</source>
            <translation>مفتاح جديد للفري&amp;ق…</translation>
        </message>
        <message>
            <source>Make a new team key</source>
            <translation>اصنع مفتاحًا جديدًا للفريق</translation>
        </message>
        <message>
            <source>When a team key file was lost: the laptops encrypt to a new key from the next team update on.</source>
            <translation>إذا ضاع ملفّ مفتاح الفريق: تشفّر الحواسيب لمفتاح جديد بدءًا من تحديث الفريق التالي.</translation>
        </message>
        <message>
            <source>New team key made. Publish a team update now and carry it to every laptop: until a laptop applies it, its bundles are encrypted to the old key. Export the team key again for a second coordinator.</source>
            <translation>صُنع مفتاح جديد للفريق. انشر تحديث الفريق الآن واحمله إلى كلّ حاسوب: إلى أن يطبّقه الحاسوب تبقى حزمه مشفّرة للمفتاح القديم. صدّر مفتاح الفريق من جديد للمنسّق الثاني.</translation>
        </message>
        <message>
            <source>No new team key was made: {reason}</source>
            <translation>لم يُصنع مفتاح جديد للفريق: {reason}</translation>
        </message>
    </context>
    <context>
        <name>OpenExistingButton</name>
        <message>
            <source>&amp;Open an existing database…</source>
            <translation>&amp;افتح قاعدة بيانات موجودة…</translation>
        </message>
        <message>
            <source>Open an existing database</source>
            <translation>فتح قاعدة بيانات موجودة</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>No organisation matches the search.</source>
            <translation>لا توجد منظّمة تطابق البحث.</translation>
        </message>
        <message>
            <source>No organisations yet. Type one's name beside the list and press Save.</source>
            <translation>لا توجد منظّمات بعد. اكتب اسم منظّمة بجانب القائمة واضغط «احفظ».</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>المنظّمات</translation>
        </message>
        <message>
            <source>Search organisations</source>
            <translation>ابحث في المنظّمات</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;الاسم</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <source>&amp;Governorate</source>
            <translation>ال&amp;محافظة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>New &amp;organisation</source>
            <translation>منظّمة ج&amp;ديدة</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>اح&amp;فظ</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— لا شيء —</translation>
        </message>
        <message>
            <source>Organisation not saved</source>
            <translation>المنظّمة غير محفوظة</translation>
        </message>
        <message>
            <source>What you typed about this organisation is not saved. Save it now?</source>
            <translation>ما كتبته عن هذه المنظّمة غير محفوظ. هل تحفظه الآن؟</translation>
        </message>
        <message>
            <source>This organisation is the team's: it is changed at the centre and reaches this laptop in team updates (ask your coordinator).</source>
            <translation>هذه المنظّمة للفريق: تُغيَّر في المركز وتصل إلى هذا الحاسوب في تحديثات الفريق (اسأل منسّقك).</translation>
        </message>
        <message>
            <source>An organisation needs a name.</source>
            <translation>يجب أن يكون للمنظّمة اسم.</translation>
        </message>
        <message>
            <source>This organisation is still being saved: the database is busy. Close anyway? If the save then fails, what you typed is lost.</source>
            <translation>ما زال حفظ هذه المنظّمة جارياً: قاعدة البيانات مشغولة. هل تغلق على أيّ حال؟ إن فشل الحفظ بعد ذلك، يضيع ما كتبته.</translation>
        </message>
    </context>
    <context>
        <name>OutboxPanel</name>
        <message>
            <source>Send your work</source>
            <translation>أرسل عملك</translation>
        </message>
        <message>
            <source>The team's centre</source>
            <translation>مركز الفريق</translation>
        </message>
        <message>
            <source>&amp;Join a team…</source>
            <translation>انضمّ إلى &amp;فريق…</translation>
        </message>
        <message>
            <source>&amp;Export bundle…</source>
            <translation>&amp;صدّر حزمة…</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>افتح المجلّ&amp;د</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>تصدير حزمة</translation>
        </message>
        <message>
            <source>Open the folder of the last bundle</source>
            <translation>افتح مجلّد آخر حزمة</translation>
        </message>
        <message>
            <source>Re-da&amp;te waiting work…</source>
            <translation>أعِد &amp;تأريخ العمل المنتظِر…</translation>
        </message>
        <message>
            <source>Re-date waiting work</source>
            <translation>أعِد تأريخ العمل المنتظِر</translation>
        </message>
        <message>
            <source>This computer is the team's centre: it imports the laptops' bundles and publishes team updates for them.</source>
            <translation>هذا الحاسوب هو مركز الفريق: يستورد حزم الحواسيب وينشر لها تحديثات الفريق.</translation>
        </message>
        <message>
            <source>This is the demo database, thrown away when Majlis closes: it cannot join a team or send work. Your own database can.</source>
            <translation>هذه قاعدة البيانات التجريبية، وتُحذف عند إغلاق مجلس: لا يمكنها الانضمام إلى فريق ولا إرسال العمل. قاعدة بياناتك الخاصة يمكنها ذلك.</translation>
        </message>
        <message>
            <source>This laptop is in a team: bundles you export go to its coordinators.</source>
            <translation>هذا الحاسوب عضو في فريق: الحزم التي تصدّرها تذهب إلى منسّقيه.</translation>
        </message>
        <message>
            <source>This laptop works alone. Join a team to send your work; everything recorded so far goes in the first bundle.</source>
            <translation>هذا الحاسوب يعمل وحده. انضمّ إلى فريق لإرسال عملك؛ كلّ ما سُجّل حتى الآن يذهب في أوّل حزمة.</translation>
        </message>
        <message>
            <source>Unsent changes: %1</source>
            <translation>تغييرات لم تُرسَل: %1</translation>
        </message>
        <message>
            <source>This computer's clock is more than a day behind changes recorded here (dated up to %1). If its date and time are wrong, set them right. If they are right, the date was set ahead when those changes were recorded: bundles for other coordinators cannot be exported until then unless you re-date them. Team updates are not affected.</source>
            <translation>ساعة هذا الحاسوب متأخّرة بأكثر من يوم عن تغييرات مسجّلة هنا (مؤرَّخة حتى %1). إن كان تاريخه ووقته خاطئين، فاضبطهما. وإن كانا صحيحين، فقد كان التاريخ مضبوطًا على موعد لاحق عند تسجيل تلك التغييرات: لا يمكن تصدير حزم للمنسّقين الآخرين حتى ذلك الحين ما لم تُعِد تأريخها. تحديثات الفريق لا تتأثّر.</translation>
        </message>
        <message>
            <source>This computer's clock is more than a day behind changes recorded here (dated up to %1), so they cannot be sent yet. If its date and time are wrong, set them right. If they are right, the date was set ahead when those changes were recorded: the centre refuses them until then; tell your coordinator.</source>
            <translation>ساعة هذا الحاسوب متأخّرة بأكثر من يوم عن تغييرات مسجّلة هنا (مؤرَّخة حتى %1)، لذا لا يمكن إرسالها بعد. إن كان تاريخه ووقته خاطئين، فاضبطهما. وإن كانا صحيحين، فقد كان التاريخ مضبوطًا على موعد لاحق عند تسجيل تلك التغييرات: يرفضها المركز حتى ذلك الحين؛ أخبر المنسّق.</translation>
        </message>
        <message>
            <source>Last bundle: %1 (changes %2 to %3)</source>
            <translation>آخر حزمة: %1 (التغييرات من %2 إلى %3)</translation>
        </message>
        <message>
            <source>No bundle exported yet.</source>
            <translation>لم تُصدَّر أيّ حزمة بعد.</translation>
        </message>
        <message>
            <source>Saved in: %1</source>
            <translation>حُفظت في: %1</translation>
        </message>
        <message>
            <source>This laptop's key fingerprint: %1</source>
            <translation>بصمة مفتاح هذا الحاسوب: %1</translation>
        </message>
        <message>
            <source>Device id: %1
Public key:</source>
            <translation>معرّف الجهاز: %1
المفتاح العام:</translation>
        </message>
        <message>
            <source>This laptop's public key</source>
            <translation>المفتاح العام لهذا الحاسوب</translation>
        </message>
        <message>
            <source>The centre revoked this key (a lost or stolen laptop's): your bundles are refused there. Make a new one with New signing key…, read its fingerprint to your coordinator, then export a bundle.</source>
            <translation>سحب المركز اعتماد هذا المفتاح (مفتاح حاسوب مفقود أو مسروق): تُرفض حزمك هناك. أنشئ مفتاحًا جديدًا بزر «مفتاح توقيع جديد…»، واقرأ بصمته لمنسّقك، ثم صدّر حزمة.</translation>
        </message>
        <message>
            <source>Join a team first.</source>
            <translation>انضمّ إلى فريق أوّلًا.</translation>
        </message>
        <message>
            <source>This laptop has joined the team. Export a bundle to send your work.</source>
            <translation>انضمّ هذا الحاسوب إلى الفريق. صدّر حزمة لإرسال عملك.</translation>
        </message>
        <message>
            <source>Majlis bundles (*.majlis);;All files (*)</source>
            <translation>حزم مجلس ‎(*.majlis);;كلّ الملفّات (*)</translation>
        </message>
        <message>
            <source>Nothing to export: no new changes since the last bundle.</source>
            <translation>لا شيء للتصدير: لا تغييرات جديدة منذ آخر حزمة.</translation>
        </message>
        <message>
            <source>More changes wait for the next bundle: export again.</source>
            <translation>ما زالت تغييرات أخرى تنتظر الحزمة التالية: صدِّر مرة أخرى.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>فشل: {reason}</translation>
        </message>
        <message>
            <source>This computer's date: %1
Latest date of the waiting work: %2
Waiting changes: %3</source>
            <translation>تاريخ هذا الحاسوب: %1
آخر تاريخ للعمل المنتظِر: %2
التغييرات المنتظِرة: %3</translation>
        </message>
        <message numerus="yes">
            <source>Bundle written: {name} (%n change(s))</source>
            <translation>
                <numerusform>كُتبت الحزمة: {name} (بلا تغييرات)</numerusform>
                <numerusform>كُتبت الحزمة: {name} (تغيير واحد)</numerusform>
                <numerusform>كُتبت الحزمة: {name} (تغييران)</numerusform>
                <numerusform>كُتبت الحزمة: {name} (%n تغييرات)</numerusform>
                <numerusform>كُتبت الحزمة: {name} (%n تغييرًا)</numerusform>
                <numerusform>كُتبت الحزمة: {name} (%n تغيير)</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-dating gives the waiting work this computer's date and time, in the order it was recorded, so that it can be sent. Do this only if this computer's date is correct now and was set ahead when that work was recorded. If this computer's date is wrong now, set it right instead: re-dated work would then lose to older work.</source>
            <translation>إعادة التأريخ تعطي العمل المنتظِر تاريخ هذا الحاسوب ووقته، بالترتيب الذي سُجِّل به، ليمكن إرساله. افعل ذلك فقط إن كان تاريخ هذا الحاسوب صحيحًا الآن وكان مضبوطًا على موعد لاحق عند تسجيل ذلك العمل. وإن كان تاريخ هذا الحاسوب خاطئًا الآن، فاضبطه بدلًا من ذلك: وإلّا سيخسر العمل المُعاد تأريخه أمام عمل أقدم منه.</translation>
        </message>
        <message>
            <source>Re-date</source>
            <translation>أعِد التأريخ</translation>
        </message>
        <message>
            <source>Waiting work re-dated (changes: %1). Export a bundle to send it.</source>
            <translation>أُعيد تأريخ العمل المنتظِر (التغييرات: %1). صدِّر حزمة لإرساله.</translation>
        </message>
        <message>
            <source>Another program (Majlis or majlis-cli) has this database open: close it and try again. Nothing was changed.</source>
            <translation>برنامج آخر (مجلس أو ⁦majlis-cli⁩) يفتح قاعدة البيانات هذه: أغلقه وحاول مجدّدًا. لم يتغيّر شيء.</translation>
        </message>
    </context>
    <context>
        <name>OutreachDeletes</name>
        <message>
            <source>Delete outreach record</source>
            <translation>احذف نشاط المناصرة</translation>
        </message>
        <message>
            <source>That outreach record was deleted elsewhere meanwhile.</source>
            <translation>حُذف نشاط المناصرة ذاك في مكان آخر في هذه الأثناء.</translation>
        </message>
        <message>
            <source>Delete the outreach record “%1” of %2?</source>
            <translation>هل تحذف نشاط المناصرة «%1» بتاريخ %2؟</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>لا يمكن التراجع عن هذا.</translation>
        </message>
        <message>
            <source>Outreach record deleted.</source>
            <translation>حُذف نشاط المناصرة.</translation>
        </message>
        <message>
            <source>This outreach record was made on another laptop: only a coordinator, or the laptop that made it, may delete it.</source>
            <translation>سُجّل نشاط المناصرة هذا على حاسوب آخر: لا يحذفه إلا منسّق أو الحاسوب الذي سجّله.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantFields</name>
        <message>
            <source>Seat</source>
            <translation>المقعد</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>District</source>
            <translation>القضاء</translation>
        </message>
        <message>
            <source>Urban/rural</source>
            <translation>حضري/ريفي</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Re-consent needed</source>
            <translation>يلزم تجديد الموافقة</translation>
        </message>
        <message>
            <source>Other attributes</source>
            <translation>صفات أخرى</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>جهاز التسجيل</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>ب&amp;حث:</translation>
        </message>
        <message>
            <source>Pseudonym, occupation or district</source>
            <translation>الاسم المستعار أو المهنة أو القضاء</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>ابحث في المشاركين</translation>
        </message>
        <message>
            <source>&amp;Governorate:</source>
            <translation>ال&amp;محافظة:</translation>
        </message>
        <message>
            <source>Filter by governorate</source>
            <translation>تصفية حسب المحافظة</translation>
        </message>
        <message>
            <source>The menu key, or a right click on the column headings, chooses the columns shown.</source>
            <translation>مفتاح القائمة، أو النقر بالزر الأيمن على عناوين الأعمدة، يختار الأعمدة الظاهرة.</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>&amp;سحب الموافقة…</translation>
        </message>
        <message>
            <source>Withdraw the selected participant's consent: quotes only, or everything (their words and identity are erased)</source>
            <translation>سحب موافقة المشارك المحدَّد: الاقتباس فقط، أو كل شيء (تُمحى كلماته وهويته)</translation>
        </message>
        <message>
            <source>All governorates</source>
            <translation>كلّ المحافظات</translation>
        </message>
        <message>
            <source>No participant matches the search.</source>
            <translation>لا يوجد مشارك يطابق البحث.</translation>
        </message>
        <message>
            <source>No participants yet. They are added in a session, in its Participants or Attendance tab.</source>
            <translation>لا يوجد مشاركون بعد. يُضافون داخل جلسة، من تبويب «المشاركون» أو «الحضور».</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>التصفية</translation>
        </message>
        <message>
            <source>Filters (%1 on)</source>
            <translation>التصفية (%1 مفعّلة)</translation>
        </message>
        <message>
            <source>Select a participant first.</source>
            <translation>اختر مشاركًا أوّلًا.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>لا يوجد مشاركون</numerusform>
                <numerusform>مشارك واحد</numerusform>
                <numerusform>مشاركان</numerusform>
                <numerusform>%n مشاركين</numerusform>
                <numerusform>%n مشاركًا</numerusform>
                <numerusform>%n مشارك</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseBox</name>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>If others may have seen or guessed the passphrase (the laptop was lent, or used in front of people), change it.</source>
            <translation>إن كان غيرك قد رأى عبارة المرور أو خمّنها (أُعير الحاسوب، أو استُخدم أمام الناس)، فغيّرها.</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>غيّر &amp;عبارة المرور…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Passphrase changed: from now on the database opens only with the new one.</source>
            <translation>تغيّرت عبارة المرور: من الآن لا تُفتح قاعدة البيانات إلا بالعبارة الجديدة.</translation>
        </message>
        <message>
            <source>A backup that opens with it was written: %1</source>
            <translation>كُتبت نسخة احتياطية تُفتح بها: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s) keep the old passphrase.</source>
            <translation>
                <numerusform>لا توجد نسخ احتياطية أقدم بعبارة المرور القديمة.</numerusform>
                <numerusform>نسخة احتياطية واحدة أقدم تبقى بعبارة المرور القديمة.</numerusform>
                <numerusform>نسختان احتياطيتان أقدم تبقيان بعبارة المرور القديمة.</numerusform>
                <numerusform>%n نسخ احتياطية أقدم تبقى بعبارة المرور القديمة.</numerusform>
                <numerusform>%n نسخة احتياطية أقدم تبقى بعبارة المرور القديمة.</numerusform>
                <numerusform>%n نسخة احتياطية أقدم تبقى بعبارة المرور القديمة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>Create a passphrase</source>
            <translation>أنشئ عبارة مرور</translation>
        </message>
        <message>
            <source>The database on this laptop is encrypted with it.</source>
            <translation>تُشفَّر بها قاعدة البيانات على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>أعد &amp;كتابتها</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>أعد كتابة عبارة المرور</translation>
        </message>
        <message>
            <source>It begins or ends with a space: the passphrase opens the database only when typed with that space, every time.</source>
            <translation>تبدأ بمسافة أو تنتهي بها: لا تفتح عبارة المرور قاعدة البيانات إلا إذا كُتبت بتلك المسافة في كل مرة.</translation>
        </message>
        <message>
            <source>Write it down and keep it safe. If it is lost, nobody can recover the data: not you, not the team, not the makers of Majlis.</source>
            <translation>اكتبها واحفظها في مكان آمن. إن ضاعت فلن يستطيع أحد استعادة البيانات: لا أنت، ولا الفريق، ولا صانعو برنامج مجلس.</translation>
        </message>
        <message>
            <source>Too short: use at least 8 characters.</source>
            <translation>قصيرة جدًّا: استخدم 8 أحرف على الأقلّ.</translation>
        </message>
        <message>
            <source>Strength: weak. A few words make a stronger passphrase.</source>
            <translation>القوّة: ضعيفة. بضع كلمات تصنع عبارة مرور أقوى.</translation>
        </message>
        <message>
            <source>Strength: fair.</source>
            <translation>القوّة: مقبولة.</translation>
        </message>
        <message>
            <source>Strength: strong.</source>
            <translation>القوّة: قويّة.</translation>
        </message>
        <message>
            <source>It holds an invisible character that no passphrase can hold (a paste can bring one): type the passphrase with the keyboard instead.</source>
            <translation>تحتوي على محرف غير مرئي لا يمكن أن تحمله أي عبارة مرور (قد يجلبه اللصق): اكتب عبارة المرور بلوحة المفاتيح بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور مختلفتان.</translation>
        </message>
    </context>
    <context>
        <name>PdfButton</name>
        <message>
            <source>PDF</source>
            <translation>ملفّ ⁦PDF⁩</translation>
        </message>
        <message>
            <source>Save the minutes, a summary or the consent register as a PDF</source>
            <translation>احفظ محضر الجلسة أو ملخّصها أو سجلّ الموافقات بصيغة ⁦PDF⁩</translation>
        </message>
        <message>
            <source>Minutes or transcript…</source>
            <translation>محضر الجلسة أو النصّ المفرّغ…</translation>
        </message>
        <message>
            <source>Summary with quotes…</source>
            <translation>الملخّص مع الاقتباسات…</translation>
        </message>
        <message>
            <source>Consent register…</source>
            <translation>سجلّ الموافقات…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>احفظ بصيغة ⁦PDF⁩</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>مستند ⁦PDF⁩ ‎(*.pdf)</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>جارٍ كتابة ملفّ ⁦PDF⁩…</translation>
        </message>
        <message>
            <source>PDF written: %1</source>
            <translation>كُتب ملفّ ⁦PDF⁩: %1</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>تعذّرت كتابة ملفّ ⁦PDF⁩: %1</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>Majlis</source>
            <translation>مجلس</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
        <message>
            <source>Consent record</source>
            <translation>سجلّ الموافقة</translation>
        </message>
        <message>
            <source>Consent register</source>
            <translation>سجلّ الموافقات</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>محضر الجلسة</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>النصّ المفرّغ</translation>
        </message>
        <message>
            <source>Focus-group summary</source>
            <translation>ملخّص مجموعة النقاش المركّزة</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>ملخّص الجلسة</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>إصدار الاستمارة</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>المشارك</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>الجواب</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(إلزامي)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>الشاهد</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>مدوّن الملاحظات</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>وقت التسجيل</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <source>What the signature means</source>
            <translation>معنى التوقيع</translation>
        </message>
        <message>
            <source>Photo or scan of the signed form</source>
            <translation>صورة أو مسح ضوئي للاستمارة الموقّعة</translation>
        </message>
        <message>
            <source>attached, kept in Majlis</source>
            <translation>مرفقة، محفوظة في مجلس</translation>
        </message>
        <message>
            <source>none attached</source>
            <translation>لم يُرفَق شيء</translation>
        </message>
        <message>
            <source>Withdrawn on {date} ({scope})</source>
            <translation>سُحبت الموافقة بتاريخ {date} ({scope})</translation>
        </message>
        <message>
            <source>Replaced on {date}</source>
            <translation>استُبدل في {date}</translation>
        </message>
        <message>
            <source>Re-consent needed (version {version} now)</source>
            <translation>يلزم تجديد الموافقة (الإصدار {version} الآن)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>مُعطاة</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>مرفوضة</translation>
        </message>
        <message>
            <source>No consent has been recorded for this session.</source>
            <translation>لم تُسجَّل أي موافقة لهذه الجلسة.</translation>
        </message>
        <message>
            <source>This is a copy of the consent record kept in Majlis; pseudonyms only, never real names.</source>
            <translation>هذه نسخة من سجلّ الموافقة المحفوظ في برنامج مجلس؛ بالأسماء المستعارة فقط، دون الأسماء الحقيقية.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>المقعد</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظّمة</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>جدول الأعمال والنقاش</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>القرارات</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>إجراءات المتابعة</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخّص</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>Urban/rural</source>
            <translation>حضري/ريفي</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>given, not to be quoted</source>
            <translation>ممنوحة، دون اقتباس</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>لم تُسجَّل</translation>
        </message>
        <message>
            <source>Codes and quotes</source>
            <translation>الرموز والاقتباسات</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Coded segments</source>
            <translation>المقاطع المرمَّزة</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>الاقتباسات</translation>
        </message>
        <message>
            <source>Coded segments not quoted (no consent to quote): {count}</source>
            <translation>مقاطع مرمَّزة لا تُقتبس (لا موافقة على الاقتباس): {count}</translation>
        </message>
        <message>
            <source>Coded segments not quoted (their words were edited after coding; to review): {count}</source>
            <translation>مقاطع مرمّزة لم يُقتبس منها (عُدّلت كلماتها بعد الترميز؛ للمراجعة): {count}</translation>
        </message>
        <message>
            <source>Nothing in this session has been coded yet.</source>
            <translation>لم يُرمَّز شيء في هذه الجلسة بعد.</translation>
        </message>
        <message>
            <source>Consent is honoured: the words of participants who withdrew are left out, and only participants who agreed to be quoted are quoted.</source>
            <translation>تُحترم الموافقة: كلام من سحب موافقته محذوف، ولا يُقتبس إلا ممّن وافق على الاقتباس.</translation>
        </message>
        <message>
            <source>[not to be quoted]</source>
            <translation>[لا يُقتبس]</translation>
        </message>
        <message>
            <source>[withdrawn]</source>
            <translation>[مسحوب]</translation>
        </message>
    </context>
    <context>
        <name>PdfUnprinted</name>
        <message numerus="yes">
            <source>%1. %n character(s) could not be printed (no font for them).</source>
            <translation>
                <numerusform>‏%1. لم يتعذّر طباعة أيّ محرف.</numerusform>
                <numerusform>‏%1. تعذّرت طباعة محرف واحد (لا يوجد خطّ له).</numerusform>
                <numerusform>‏%1. تعذّرت طباعة محرفين (لا يوجد خطّ لهما).</numerusform>
                <numerusform>‏%1. تعذّرت طباعة %n محارف (لا يوجد خطّ لها).</numerusform>
                <numerusform>‏%1. تعذّرت طباعة %n محرفًا (لا يوجد خطّ لها).</numerusform>
                <numerusform>‏%1. تعذّرت طباعة %n محرف (لا يوجد خطّ لها).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PendingPurge</name>
        <message>
            <source>The disk refused to clear the erased words out of the database file (it is full or read-only): free some space; Majlis clears them when it next starts.</source>
            <translation>رفض القرص إزالة الكلمات الممسوحة من ملف قاعدة البيانات (القرص ممتلئ أو للقراءة فقط): أفرغ بعض المساحة؛ يزيلها ⁦Majlis⁩ عند تشغيله في المرة القادمة.</translation>
        </message>
    </context>
    <context>
        <name>Qdc</name>
        <message>
            <source>the codebook is empty; REFI-QDA needs at least one code</source>
            <translation>دليل الترميز فارغ؛ يحتاج ⁦REFI-QDA⁩ إلى رمز واحد على الأقل.</translation>
        </message>
        <message>
            <source>the project is too large to read</source>
            <translation>المشروع أكبر من أن يُقرأ.</translation>
        </message>
        <message>
            <source>not a REFI-QDA project (no project.qde inside)</source>
            <translation>ليس مشروع ⁦REFI-QDA⁩ (لا يحوي الملفّ ⁦project.qde⁩).</translation>
        </message>
        <message>
            <source>the project file is damaged or incomplete (cut short or altered); ask for it again</source>
            <translation>ملفّ المشروع تالف أو ناقص (مقطوع أو مُعدَّل)؛ اطلبه مرة أخرى.</translation>
        </message>
        <message>
            <source>not a REFI-QDA codebook or project (root element is not CodeBook or Project)</source>
            <translation>ليس دليل ترميز أو مشروع ⁦REFI-QDA⁩.</translation>
        </message>
        <message>
            <source>the file has no codebook (no Codes element)</source>
            <translation>لا يحوي الملفّ دليل ترميز.</translation>
        </message>
        <message>
            <source>codes are nested deeper than Majlis keeps (50 levels)</source>
            <translation>الرموز متداخلة أعمق ممّا يحفظه مجلس (50 مستوى).</translation>
        </message>
        <message>
            <source>a Code without guid or name</source>
            <translation>في الملفّ رمز بلا معرّف أو بلا اسم.</translation>
        </message>
        <message>
            <source>a Code whose guid is not a GUID</source>
            <translation>في الملفّ رمز معرّفه غير صالح.</translation>
        </message>
        <message>
            <source>this is a folder, a device or a pipe, not a codebook file</source>
            <translation>هذا مجلّد أو جهاز أو أنبوب، وليس ملفّ دليل ترميز</translation>
        </message>
        <message>
            <source>the file is larger than any codebook or project Majlis reads (500 MB)</source>
            <translation>الملفّ أكبر من أيّ دليل ترميز أو مشروع يقرؤه مجلس (500 ميغابايت)</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDeletes</name>
        <message>
            <source>Delete recommendation</source>
            <translation>احذف التوصية</translation>
        </message>
        <message>
            <source>Recommendation %1 deleted.</source>
            <translation>حُذفت التوصية %1.</translation>
        </message>
        <message>
            <source>Delete recommendation %1, “%2”?</source>
            <translation>هل تحذف التوصية %1، «%2»؟</translation>
        </message>
        <message>
            <source>Evidence links, deleted with it: %1</source>
            <translation>روابط الأدلة، وتُحذف معها: %1</translation>
        </message>
        <message>
            <source>Entries of its status history, deleted with it: %1</source>
            <translation>مدخلات سجلّ حالتها، وتُحذف معها: %1</translation>
        </message>
        <message>
            <source>Outreach records that name it, kept: %1</source>
            <translation>أنشطة المناصرة التي تذكرها، وتبقى: %1</translation>
        </message>
        <message>
            <source>What you typed in it and did not save is dropped.</source>
            <translation>ما كتبته فيها ولم تحفظه سيُحذف.</translation>
        </message>
        <message>
            <source>It is a local draft, never sent to the team: it is deleted from this laptop only.</source>
            <translation>إنها مسودة محلية لم تُرسَل إلى الفريق قط: تُحذف من هذا الحاسوب فقط.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>لا يمكن التراجع عن هذا.</translation>
        </message>
        <message>
            <source>That recommendation was deleted elsewhere meanwhile.</source>
            <translation>حُذفت تلك التوصية في مكان آخر في هذه الأثناء.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationView</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>(edited since it was coded: review the coding before quoting it)</source>
            <translation>(عُدّل بعد ترميزه: راجع الترميز قبل الاقتباس منه)</translation>
        </message>
        <message>
            <source>In the brief</source>
            <translation>في الموجز</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>المتحدّث</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلّة</translation>
        </message>
        <message>
            <source>What</source>
            <translation>الحدث</translation>
        </message>
        <message>
            <source>coded segment</source>
            <translation>مقطع مرمَّز</translation>
        </message>
        <message>
            <source>whole code</source>
            <translation>رمز كامل</translation>
        </message>
        <message>
            <source>survey figure</source>
            <translation>رقم من الاستبيان</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>الكردية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>Title (%1)</source>
            <translation>العنوان (%1)</translation>
        </message>
        <message>
            <source>Text (%1)</source>
            <translation>النصّ (%1)</translation>
        </message>
        <message>
            <source>&amp;Law</source>
            <translation>ال&amp;قانون</translation>
        </message>
        <message>
            <source>A&amp;rticle</source>
            <translation>الما&amp;دة</translation>
        </message>
        <message>
            <source>Responsible &amp;authority</source>
            <translation>الجهة الم&amp;سؤولة</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>القانون</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>المادة</translation>
        </message>
        <message>
            <source>Responsible authority</source>
            <translation>الجهة المسؤولة</translation>
        </message>
        <message>
            <source>&amp;Save recommendation</source>
            <translation>ا&amp;حفظ التوصية</translation>
        </message>
        <message>
            <source>Recommendation not saved</source>
            <translation>التوصية غير محفوظة</translation>
        </message>
        <message>
            <source>What you typed in this recommendation is not saved. Save it now?</source>
            <translation>ما كتبته في هذه التوصية غير محفوظ. هل تحفظه الآن؟</translation>
        </message>
        <message>
            <source>A status cannot be dated before 2000: give the date it happened.</source>
            <translation>لا يمكن أن يكون تاريخ الحالة قبل عام 2000: اكتب التاريخ الذي حدثت فيه.</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>سجلّ الحالة</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>الحالة الجديدة</translation>
        </message>
        <message>
            <source>Date of the status</source>
            <translation>تاريخ الحالة</translation>
        </message>
        <message>
            <source>Source of the news</source>
            <translation>مصدر الخبر</translation>
        </message>
        <message>
            <source>Add s&amp;tatus</source>
            <translation>أضف ح&amp;الة</translation>
        </message>
        <message>
            <source>Remove status</source>
            <translation>احذف الحالة</translation>
        </message>
        <message>
            <source>Who supports it</source>
            <translation>من يؤيّدها</translation>
        </message>
        <message>
            <source>Quotes that may be used</source>
            <translation>الاقتباسات التي يجوز استخدامها</translation>
        </message>
        <message>
            <source>&amp;Open in context</source>
            <translation>ا&amp;فتح في سياقه</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Coded segment</source>
            <translation>مقطع مرمَّز</translation>
        </message>
        <message>
            <source>Link whole &amp;code</source>
            <translation>ا&amp;ربط الرمز كاملًا</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>احذف الدليل</translation>
        </message>
        <message>
            <source>This recommendation was drafted on this laptop before it joined the team. It stays here as a local draft and is not sent to the team. To propose it, give a coordinator its evidence brief.</source>
            <translation>كُتبت هذه التوصية على هذا الحاسوب قبل انضمامه إلى الفريق. تبقى هنا مسودّةً محلّية ولا تُرسَل إلى الفريق. لاقتراحها، أعطِ منسّقًا موجز أدلّتها.</translation>
        </message>
        <message>
            <source>The recommendation you were typing in was deleted elsewhere (a team update, majlis-cli or another window): what you typed was not saved.</source>
            <translation>حُذفت التوصية التي كنت تكتب فيها في مكان آخر (تحديث للفريق أو ⁦majlis-cli⁩ أو نافذة أخرى): لم يُحفظ ما كتبته.</translation>
        </message>
        <message>
            <source>The recommendation shown was deleted elsewhere (a team update, majlis-cli or another window).</source>
            <translation>حُذفت التوصية المعروضة في مكان آخر (تحديث للفريق أو ⁦majlis-cli⁩ أو نافذة أخرى).</translation>
        </message>
        <message numerus="yes">
            <source>Withdrawn: %n linked segment(s) left out (their speakers withdrew).</source>
            <translation>
                <numerusform>المسحوبة: لم يُستبعد أي مقطع مرتبط.</numerusform>
                <numerusform>المسحوبة: استُبعد مقطع مرتبط واحد (سحب صاحبه موافقته).</numerusform>
                <numerusform>المسحوبة: استُبعد مقطعان مرتبطان (سحب أصحابهما موافقتهم).</numerusform>
                <numerusform>المسحوبة: استُبعدت %n مقاطع مرتبطة (سحب أصحابها موافقتهم).</numerusform>
                <numerusform>المسحوبة: استُبعد %n مقطعًا مرتبطًا (سحب أصحابها موافقتهم).</numerusform>
                <numerusform>المسحوبة: استُبعد %n مقطع مرتبط (سحب أصحابها موافقتهم).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not quotable: %n segment(s) count but may not be quoted.</source>
            <translation>
                <numerusform>لا يُقتبس: لا مقاطع.</numerusform>
                <numerusform>لا يُقتبس: مقطع واحد يُحتسب ولا يجوز اقتباسه.</numerusform>
                <numerusform>لا يُقتبس: مقطعان يُحتسبان ولا يجوز اقتباسهما.</numerusform>
                <numerusform>لا يُقتبس: %n مقاطع تُحتسب ولا يجوز اقتباسها.</numerusform>
                <numerusform>لا يُقتبس: %n مقطعًا تُحتسب ولا يجوز اقتباسها.</numerusform>
                <numerusform>لا يُقتبس: %n مقطع تُحتسب ولا يجوز اقتباسها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No: not until its coding is reviewed</source>
            <translation>لا: ليس قبل مراجعة ترميزه</translation>
        </message>
        <message>
            <source>No: the same words are quoted once</source>
            <translation>لا: الكلمات نفسها تُقتبس مرة واحدة</translation>
        </message>
        <message>
            <source>No: the facilitator's own words</source>
            <translation>لا: كلام الميسّر نفسه</translation>
        </message>
        <message>
            <source>No: the brief quotes %1 at most</source>
            <translation>لا: أقصى ما يقتبسه الموجز %1</translation>
        </message>
        <message>
            <source>%1, %2: edited since it was coded, not in the brief until its coding is reviewed</source>
            <translation>‏%1، %2: عُدّل بعد ترميزه، ولا يدخل الموجز قبل مراجعة ترميزه</translation>
        </message>
        <message>
            <source>Open its session in the coding window and move the coding onto the words as they read now: then the brief may quote it.</source>
            <translation>افتح جلسته في نافذة الترميز وانقل الترميز إلى الكلمات كما هي الآن: بعدها يجوز للموجز أن يقتبسه.</translation>
        </message>
        <message>
            <source>A status cannot be dated in the future: give the date it happened.</source>
            <translation>لا يمكن أن يكون تاريخ الحالة في المستقبل: اكتب التاريخ الذي حدثت فيه.</translation>
        </message>
        <message>
            <source>Remove the status '%1' of %2?</source>
            <translation>هل تحذف الحالة «%1» بتاريخ %2؟</translation>
        </message>
        <message>
            <source>Remove the status '%1'?</source>
            <translation>هل تحذف الحالة «%1»؟</translation>
        </message>
        <message>
            <source>Remove this evidence link (%1)?</source>
            <translation>هل تحذف رابط الدليل هذا (%1)؟</translation>
        </message>
        <message>
            <source>Recommendations and their statuses are changed by the coordinators. On this laptop you can read them and link evidence to them.</source>
            <translation>التوصيات وحالاتها يغيّرها المنسّقون. على هذا الحاسوب يمكنك قراءتها وربط الأدلة بها.</translation>
        </message>
        <message>
            <source>Link this seg&amp;ment</source>
            <translation>اربط هذا ال&amp;مقطع</translation>
        </message>
        <message>
            <source>Participants: %1 · Sessions: %2 · Governorates: %3 · Organisations: %4</source>
            <translation>المشاركون: %1، الجلسات: %2، المحافظات: %3، المنظّمات: %4</translation>
        </message>
        <message>
            <source>By gender: %1</source>
            <translation>حسب الجنس: %1</translation>
        </message>
        <message>
            <source>By age band: %1</source>
            <translation>حسب الفئة العمرية: %1</translation>
        </message>
        <message>
            <source>A recommendation needs a title in at least one language.</source>
            <translation>تحتاج التوصية إلى عنوان بلغة واحدة على الأقلّ.</translation>
        </message>
        <message>
            <source>This could not be saved.</source>
            <translation>تعذّر الحفظ.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsPage</name>
        <message>
            <source>No.</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>local draft (not sent)</source>
            <translation>مسودّة محلّية (لا تُرسَل)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Governorates</source>
            <translation>المحافظات</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>المنظّمات</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>الوصول</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظّمة</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>أنشطة المناصرة</translation>
        </message>
        <message>
            <source>Month by month (sessions/outreach)</source>
            <translation>شهرًا بشهر (جلسات/أنشطة)</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>meeting with officials</source>
            <translation>لقاء مع مسؤولين</translation>
        </message>
        <message>
            <source>media</source>
            <translation>إعلام</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>ورشة عمل</translation>
        </message>
        <message>
            <source>other</source>
            <translation>آخر</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>الاستبيانات</translation>
        </message>
        <message>
            <source>The menu key, or a right click on the column headings, chooses the columns shown.</source>
            <translation>مفتاح القائمة، أو النقر بالزر الأيمن على عناوين الأعمدة، يختار الأعمدة الظاهرة.</translation>
        </message>
        <message>
            <source>Filter by number, title or status</source>
            <translation>تصفية حسب الرقم أو العنوان أو الحالة</translation>
        </message>
        <message>
            <source>&amp;New recommendation</source>
            <translation>&amp;توصية جديدة</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>التاري&amp;خ</translation>
        </message>
        <message>
            <source>Organi&amp;sation</source>
            <translation>المن&amp;ظّمة</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>الم&amp;كان</translation>
        </message>
        <message>
            <source>R&amp;ecommendation</source>
            <translation>التو&amp;صية</translation>
        </message>
        <message>
            <source>&amp;Governorate</source>
            <translation>ال&amp;محافظة</translation>
        </message>
        <message>
            <source>&amp;Audience</source>
            <translation>الجمهو&amp;ر</translation>
        </message>
        <message>
            <source>&amp;Reach</source>
            <translation>ال&amp;وصول</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— لا شيء —</translation>
        </message>
        <message>
            <source>Add &amp;outreach</source>
            <translation>&amp;أضف نشاطًا</translation>
        </message>
        <message>
            <source>Outreach not saved</source>
            <translation>نشاط المناصرة غير محفوظ</translation>
        </message>
        <message>
            <source>The outreach record you typed is not saved. Save it now?</source>
            <translation>نشاط المناصرة الذي كتبته غير محفوظ. هل تحفظه الآن؟</translation>
        </message>
        <message>
            <source>No organisation has the name typed: choose one from the list under the box, or leave it empty for none.</source>
            <translation>لا توجد منظمة بالاسم المكتوب: اختر واحدة من القائمة تحت الحقل، أو اتركه فارغًا إن لم تكن هناك منظمة.</translation>
        </message>
        <message>
            <source>No recommendation has the title typed: choose one from the list under the box, or leave it empty for none.</source>
            <translation>لا توجد توصية بالعنوان المكتوب: اختر واحدة من القائمة تحت الحقل، أو اتركه فارغًا إن لم تكن هناك توصية.</translation>
        </message>
        <message>
            <source>The organisation or recommendation chosen was deleted meanwhile (a team update): choose again, or none.</source>
            <translation>حُذفت المنظّمة أو التوصية المختارة في هذه الأثناء (تحديث للفريق): اختر من جديد، أو «لا شيء».</translation>
        </message>
        <message>
            <source>An outreach record cannot be dated before 2000: give the date it took place.</source>
            <translation>لا يمكن أن يكون تاريخ نشاط المناصرة قبل عام 2000: اكتب التاريخ الذي جرى فيه.</translation>
        </message>
        <message>
            <source>An outreach record cannot be dated after today: record a meeting once it has taken place.</source>
            <translation>لا يمكن أن يكون تاريخ نشاط المناصرة بعد اليوم: سجّل اللقاء بعد أن يجري.</translation>
        </message>
        <message>
            <source>An outreach record needs a title and a date.</source>
            <translation>يحتاج نشاط المناصرة إلى عنوان وتاريخ.</translation>
        </message>
        <message>
            <source>No recommendation matches the filter.</source>
            <translation>لا توصية تطابق التصفية.</translation>
        </message>
        <message>
            <source>No recommendations yet. The coordinators write them; a team update brings them to this laptop.</source>
            <translation>لا توجد توصيات بعد. يكتبها المنسّقون، ويجلبها تحديث الفريق إلى هذا الحاسوب.</translation>
        </message>
        <message>
            <source>No recommendations yet. Press New recommendation to write the first.</source>
            <translation>لا توجد توصيات بعد. اضغط «توصية جديدة» لتكتب الأولى.</translation>
        </message>
        <message>
            <source>No outreach yet. Fill in the form and press Add outreach.</source>
            <translation>لا توجد أنشطة مناصرة بعد. املأ الاستمارة واضغط «أضف نشاطًا».</translation>
        </message>
        <message>
            <source>No organisations yet. Each organisation of the Organisations page is listed here with the sessions and outreach it took part in.</source>
            <translation>لا توجد منظّمات بعد. تُدرَج هنا كلّ منظّمة من صفحة «المنظّمات» مع الجلسات وأنشطة المناصرة التي شاركت فيها.</translation>
        </message>
    </context>
    <context>
        <name>ReconsentNote</name>
        <message>
            <source>(answered %1 before)</source>
            <translation>(كانت الإجابة سابقًا: %1)</translation>
        </message>
        <message>
            <source>New clause: %1</source>
            <translation>بند جديد: %1</translation>
        </message>
        <message>
            <source>Removed clause: %1</source>
            <translation>بند محذوف: %1</translation>
        </message>
        <message>
            <source>Now required: %1</source>
            <translation>صار إلزاميًا: %1</translation>
        </message>
        <message>
            <source>No longer required: %1</source>
            <translation>لم يعد إلزاميًا: %1</translation>
        </message>
        <message>
            <source>Reworded: %1</source>
            <translation>تغيّرت صياغته: %1</translation>
        </message>
        <message>
            <source>Now required.</source>
            <translation>صار إلزاميًا.</translation>
        </message>
        <message>
            <source>No longer required.</source>
            <translation>لم يعد إلزاميًا.</translation>
        </message>
        <message>
            <source>It said: %1</source>
            <translation>كان نصه: %1</translation>
        </message>
        <message>
            <source>Re-consent: %1 agreed to version %2 of this form; this is version %3.</source>
            <translation>تجديد الموافقة: وافق %1 على الإصدار %2 من هذا النموذج؛ وهذا هو الإصدار %3.</translation>
        </message>
        <message>
            <source>What changed since, to explain:</source>
            <translation>ما تغيّر منذ ذلك، لشرحه:</translation>
        </message>
        <message>
            <source>No clause changed: only the form's other text may differ.</source>
            <translation>لم يتغيّر أي بند: قد يختلف باقي نص النموذج فقط.</translation>
        </message>
        <message>
            <source>The clauses' wording could not be compared: the earlier version is not on this device in the language of this one.</source>
            <translation>تعذّرت مقارنة صياغة البنود: الإصدار السابق غير موجود على هذا الجهاز بلغة هذا الإصدار.</translation>
        </message>
    </context>
    <context>
        <name>RefiQda</name>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Majlis export</source>
            <translation>تصدير من مجلس</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Needs review: the source text was edited after this was coded; check the span.</source>
            <translation>يحتاج إلى مراجعة: عُدّل النص بعد ترميز هذا المقطع؛ تحقّق من حدوده.</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Session kind</source>
            <translation>نوع الجلسة</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>تاريخ الجلسة</translation>
        </message>
        <message>
            <source>Session governorate</source>
            <translation>محافظة الجلسة</translation>
        </message>
        <message>
            <source>Session language</source>
            <translation>لغة الجلسة</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Session status</source>
            <translation>حالة الجلسة</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <source>&amp;Actions</source>
            <translation>إج&amp;راءات</translation>
        </message>
        <message>
            <source>Actions on the chosen record</source>
            <translation>إجراءات على السجلّ المختار</translation>
        </message>
        <message>
            <source>Record consent again, withdraw, print the record or its session's register</source>
            <translation>أعد تسجيل الموافقة، أو اسحبها، أو اطبع السجلّ أو سجلّ موافقات جلسته</translation>
        </message>
    </context>
    <context>
        <name>RegisterDevice</name>
        <message>
            <source>Devices are registered at the centre: nothing was registered.</source>
            <translation>تُسجَّل الأجهزة في المركز: لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>Not a device id: at most 36 letters, digits and '-'. Nothing was registered.</source>
            <translation>ليس معرّف جهاز: 36 حرفًا أو رقمًا أو '-' على الأكثر. لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>This key was revoked: it cannot be registered again. Read the new key off the laptop.</source>
            <translation>سُحب اعتماد هذا المفتاح: لا يمكن تسجيله مرة أخرى. اقرأ المفتاح الجديد من الحاسوب.</translation>
        </message>
        <message>
            <source>Device {id} is already on the roster with another key: nothing was registered.</source>
            <translation>الجهاز {id} معتمد من قبل بمفتاح آخر: لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>Not a public key: copy the whole key from the laptop. Nothing was registered.</source>
            <translation>ليس مفتاحًا عامًا: انسخ المفتاح كاملًا من الحاسوب. لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>تعذّر: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Register a device</source>
            <translation>تسجيل جهاز</translation>
        </message>
        <message>
            <source>Read the device id and public key off the laptop (on its Sync page), then compare the fingerprint by phone before you register it.</source>
            <translation>اقرأ معرّف الجهاز ومفتاحه العام من الحاسوب (في صفحة المزامنة فيه)، ثم قارن البصمة بالهاتف قبل أن تسجّله.</translation>
        </message>
        <message>
            <source>field laptop (changes only its own rows)</source>
            <translation>حاسوب ميداني (يغيّر صفوفه فقط)</translation>
        </message>
        <message>
            <source>coordinator (may change any row)</source>
            <translation>منسّق (يمكنه تغيير أي صف)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>تسجيل</translation>
        </message>
        <message>
            <source>Device &amp;id:</source>
            <translation>&amp;معرّف الجهاز:</translation>
        </message>
        <message>
            <source>Public &amp;key:</source>
            <translation>المفتاح ال&amp;عام:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ال&amp;دور:</translation>
        </message>
        <message>
            <source>Registering…</source>
            <translation>جارٍ التسجيل…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <source>Retrieval</source>
            <translation>الاسترجاع</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>المصفوفة</translation>
        </message>
        <message>
            <source>Co-occurrence</source>
            <translation>التزامن</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>الاتّفاق</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackup</name>
        <message>
            <source>Restore from a backup</source>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <source>Majlis backups (*.db);;All files (*)</source>
            <translation>النسخ الاحتياطية لمجلس ‎(*.db);;كلّ الملفّات (*)</translation>
        </message>
        <message>
            <source>Restore the backup %1?</source>
            <translation>أتستعيد النسخة الاحتياطية %1؟</translation>
        </message>
        <message>
            <source>The database in use is not deleted: it is kept aside in the backups folder %1, in a file whose name ends in -before-restore.db, so that you can go back to it. The work done since this backup was made is not in the restored database. The restored database opens with the passphrase the database had when the backup was made. Majlis closes the database while it restores, then asks for that passphrase.</source>
            <translation>لا تُحذف قاعدة البيانات المستخدَمة الآن: تُحفظ جانبًا في مجلّد النسخ الاحتياطية %1، في ملفّ ينتهي اسمه بـ ⁦-before-restore.db⁩، لتتمكّن من الرجوع إليها. العمل المنجَز بعد إنشاء هذه النسخة الاحتياطية ليس في قاعدة البيانات المستعادة. تُفتح قاعدة البيانات المستعادة بعبارة المرور التي كانت لقاعدة البيانات عند إنشاء النسخة الاحتياطية. يغلق مجلس قاعدة البيانات أثناء الاستعادة، ثم يطلب عبارة المرور تلك.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>ا&amp;ستعِد</translation>
        </message>
        <message>
            <source>The passphrase of the backup (the one the database had when it was made):</source>
            <translation>عبارة مرور النسخة الاحتياطية (التي كانت لقاعدة البيانات عند إنشائها):</translation>
        </message>
        <message>
            <source>Nothing was restored: no passphrase was typed. Click Restore from a backup again and type the backup's passphrase.</source>
            <translation>لم يُستعَد شيء: لم تُكتب عبارة مرور. انقر «استعد من نسخة احتياطية…» مجدّدًا واكتب عبارة مرور النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>The backup was restored, but the erasures and consent withdrawals recorded since could not all be written into it. Do not restore again; ask whoever helps you before you send anything to the centre.</source>
            <translation>استُعيدت النسخة الاحتياطية، لكن تعذّر أن تُكتب فيها كل عمليات المحو وسحب الموافقة المسجّلة منذ ذلك الحين. لا تُعِد الاستعادة؛ واسأل من يساعدك قبل أن ترسل أي شيء إلى المركز.</translation>
        </message>
        <message>
            <source>The backup was restored, but the erasures and consent withdrawals recorded after it could not all be carried into it: words erased since may be back. Do not restore again: the database as it was before, which holds them, is kept in the backups folder as %1. Ask whoever helps you to carry them over before you send anything to the centre.</source>
            <translation>استُعيدت النسخة الاحتياطية، لكن تعذّر أن تُنقل إليها كل عمليات المحو وسحب الموافقة المسجّلة بعدها: قد تكون كلمات مُحيت منذ ذلك الحين قد عادت. لا تُعِد الاستعادة: قاعدة البيانات كما كانت من قبل، وفيها تلك العمليات، محفوظة في مجلد النسخ الاحتياطية باسم %1. اطلب ممن يساعدك أن ينقلها قبل أن ترسل أي شيء إلى المركز.</translation>
        </message>
        <message>
            <source>The disk is full: free some space first.</source>
            <translation>القرص ممتلئ: حرّر بعض المساحة أولًا.</translation>
        </message>
        <message>
            <source>Nothing was restored: the passphrase does not open this backup. A backup made before a passphrase change opens only with the passphrase the database had then.</source>
            <translation>لم يُستعَد شيء: عبارة المرور هذه لا تفتح هذه النسخة الاحتياطية. النسخة الاحتياطية المنشأة قبل تغيير عبارة المرور لا تُفتح إلا بعبارة المرور التي كانت لقاعدة البيانات حينها.</translation>
        </message>
        <message>
            <source>Nothing was restored: this backup is damaged (cut short or corrupted). Copy it again from where it is kept, or choose another backup.</source>
            <translation>لم يُستعَد شيء: هذه النسخة الاحتياطية تالفة (مقطوعة أو معطوبة). انسخها مجدّدًا من حيث تُحفظ، أو اختر نسخة احتياطية أخرى.</translation>
        </message>
        <message>
            <source>Nothing was restored: this backup was written by a newer version of Majlis. Update Majlis to restore it.</source>
            <translation>لم يُستعَد شيء: أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من برنامج مجلس. حدّث البرنامج لتتمكّن من استعادتها.</translation>
        </message>
        <message>
            <source>Nothing was restored: the file chosen is not a Majlis backup.</source>
            <translation>لم يُستعَد شيء: الملفّ المختار ليس نسخة احتياطية لبرنامج مجلس.</translation>
        </message>
        <message>
            <source>Nothing was restored: the backup file was not found. It may have been moved, or the USB stick it is on taken out.</source>
            <translation>لم يُستعَد شيء: لم يُعثر على ملفّ النسخة الاحتياطية. ربّما نُقل، أو نُزعت ذاكرة ⁦USB⁩ التي هو عليها.</translation>
        </message>
        <message>
            <source>Nothing was restored: another Majlis window or majlis-cli has this database open. Close it, then try again.</source>
            <translation>لم يُستعَد شيء: قاعدة البيانات هذه مفتوحة في نافذة أخرى لمجلس أو في ⁦majlis-cli⁩. أغلقها ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>Nothing was restored: the disk is full. Free some space, then try again.</source>
            <translation>لم يُستعَد شيء: القرص ممتلئ. حرّر بعض المساحة ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>Nothing was restored: the folder of the database or its backups folder cannot be written to. Ask whoever helps you to make it writable, then try again.</source>
            <translation>لم يُستعَد شيء: لا يمكن الكتابة في مجلّد قاعدة البيانات أو في مجلّد نسخها الاحتياطية. اطلب ممن يساعدك أن يجعله قابلًا للكتابة، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>Nothing was restored: the database is in a folder whose path is too long (too many folders, or long folder names) for the copies a restore makes beside it and in its backups folder. Move the database to a folder with a shorter path, such as the Majlis data folder, then try again.</source>
            <translation>لم يُستعَد شيء: قاعدة البيانات في مجلّد مساره أطول من أن تُنشأ فيه النسخ التي تصنعها الاستعادة بجانبها وفي مجلّد نسخها الاحتياطية (مجلّدات كثيرة، أو أسماء مجلّدات طويلة). انقل قاعدة البيانات إلى مجلّد مساره أقصر، مثل مجلّد بيانات مجلس، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>Nothing was restored: the file chosen is not a backup of this database. Choose one of its backups (in its backups folder).</source>
            <translation>لم يُستعَد شيء: الملفّ المختار ليس نسخة احتياطية لقاعدة البيانات هذه. اختر إحدى نسخها الاحتياطية (في مجلّد نسخها الاحتياطية).</translation>
        </message>
        <message>
            <source>Nothing was restored: the disk reported an error. If it happens again, ask whoever helps you.</source>
            <translation>لم يُستعَد شيء: أبلغ القرص عن خطأ. إن تكرّر ذلك فاطلب المساعدة ممن يساعدك.</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>استُعيدت النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>The database as it was before is kept in the backups folder as %1.</source>
            <translation>قاعدة البيانات كما كانت قبل ذلك محفوظة في مجلّد النسخ الاحتياطية باسم %1.</translation>
        </message>
        <message>
            <source>It was damaged: what was recorded after this backup may be missing; check the restored database and record it again.</source>
            <translation>كانت تالفة: ما سُجّل بعد هذه النسخة الاحتياطية قد يكون مفقودًا؛ افحص قاعدة البيانات المستعادة وسجّله مجدّدًا.</translation>
        </message>
        <message>
            <source>It holds work never sent to the centre that is not in the restored database.</source>
            <translation>وهي تحوي عملًا لم يُرسَل قطّ إلى المركز وليس في قاعدة البيانات المستعادة.</translation>
        </message>
        <message>
            <source>Enter the backup's passphrase to open it.</source>
            <translation>أدخل عبارة مرور النسخة الاحتياطية لفتحها.</translation>
        </message>
        <message>
            <source>The team key made after this backup (New team key…) is kept in the restored database: the laptops' bundles encrypted to it open here.</source>
            <translation>مفتاح الفريق الذي صُنع بعد هذه النسخة الاحتياطية (مفتاح جديد للفريق…) محفوظ في قاعدة البيانات المستعادة: حزم الحواسيب المشفّرة له تُفتح هنا.</translation>
        </message>
        <message>
            <source>The database is as it was: enter its passphrase to open it.</source>
            <translation>قاعدة البيانات كما كانت: أدخل عبارة مرورها لفتحها.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>استع&amp;د من نسخة احتياطية…</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>جارٍ فحص النسخة الاحتياطية…</translation>
        </message>
        <message>
            <source>Nothing was restored: a window's work could not be saved, so Majlis stayed open. Save or close that work, then try again.</source>
            <translation>لم يُستعَد شيء: تعذّر حفظ العمل في إحدى النوافذ، فبقي مجلس مفتوحًا. احفظ ذلك العمل أو أغلقه، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>The passphrase is right, but this database file is damaged (cut short or corrupted). Restore a backup of it with Restore from a backup… below: the damaged file is kept aside, as it is.</source>
            <translation>عبارة المرور صحيحة، لكنّ ملفّ قاعدة البيانات هذا تالف (مقطوع أو معطوب). استعد نسخة احتياطية منه بزرّ «استعد من نسخة احتياطية…» أدناه: يُحفظ الملفّ التالف جانبًا كما هو.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
        </message>
    </context>
    <context>
        <name>ResultsLog</name>
        <message>
            <source>&amp;Copy</source>
            <translation>ا&amp;نسخ</translation>
        </message>
        <message>
            <source>Copy &amp;all</source>
            <translation>انسخ ال&amp;كل</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>Too many participants are invited to sessions not yet held for one run to keep them; nothing was erased.</source>
            <extracomment>A run that would keep more participants than it may carry (``retention_kept.KEPT_MAX``): none is made.</extracomment>
            <translation>عدد المشاركين المدعوّين إلى جلسات لم تُعقد بعد أكبر من أن يُحتفظ بهم في عملية محو واحدة؛ لم يُمحَ شيء.</translation>
        </message>
        <message>
            <source>The retention period must be 1 to 1200 months.</source>
            <translation>يجب أن تكون مدة الاحتفاظ من 1 إلى 1200 شهر.</translation>
        </message>
        <message>
            <source>No retention period is set for this team; nothing was erased.</source>
            <translation>لم تُحدَّد مدة احتفاظ لهذا الفريق؛ لم يُمحَ شيء.</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <source>End of the study</source>
            <translation>نهاية الدراسة</translation>
        </message>
        <message>
            <source>Erase identities this many &amp;months after the last session (0: never):</source>
            <translation>امحُ الهويات بعد هذا العدد من الأ&amp;شهر بعد آخر جلسة (0: أبدًا):</translation>
        </message>
        <message>
            <source>Retention period in months</source>
            <translation>مدة الاحتفاظ بالأشهر</translation>
        </message>
        <message>
            <source>&amp;Erase identities now…</source>
            <translation>ا&amp;محُ الهويات الآن…</translation>
        </message>
        <message>
            <source>No retention period: names, phones, signatures, scans and witnesses' names are kept.</source>
            <translation>لا توجد مدة احتفاظ: تُحفظ الأسماء والهواتف والتواقيع والنسخ الممسوحة وأسماء الشهود.</translation>
        </message>
        <message>
            <source>Due since %1: names, phones, signatures, scans and witnesses' names can be erased now.</source>
            <translation>مستحق منذ %1: يمكن محو الأسماء والهواتف والتواقيع والنسخ الممسوحة وأسماء الشهود الآن.</translation>
        </message>
        <message>
            <source>The retention period was not saved: %1</source>
            <translation>لم تُحفظ مدة الاحتفاظ: %1</translation>
        </message>
        <message numerus="yes">
            <source>Identities will be erased %n month(s) after the last session.</source>
            <translation>
                <numerusform>ستُمحى الهويات بعد آخر جلسة.</numerusform>
                <numerusform>ستُمحى الهويات بعد شهر واحد من آخر جلسة.</numerusform>
                <numerusform>ستُمحى الهويات بعد شهرين من آخر جلسة.</numerusform>
                <numerusform>ستُمحى الهويات بعد %n أشهر من آخر جلسة.</numerusform>
                <numerusform>ستُمحى الهويات بعد %n شهرًا من آخر جلسة.</numerusform>
                <numerusform>ستُمحى الهويات بعد %n شهر من آخر جلسة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Identities will be erased on %1.</source>
            <translation>ستُمحى الهويات في %1.</translation>
        </message>
    </context>
    <context>
        <name>RetentionOffer</name>
        <message>
            <source>Sessions dated after today are left out (%1): the period runs from the last session held.</source>
            <translation>لا تُحسب الجلسات المؤرخة بعد اليوم (%1): تُحسب مدة الاحتفاظ من آخر جلسة عُقدت.</translation>
        </message>
        <message>
            <source>Participants of sessions not yet held are kept (%1): their identities are not erased.</source>
            <translation>يُحتفظ بالمشاركين في الجلسات التي لم تُعقد بعد (%1): لا تُمحى هوياتهم.</translation>
        </message>
        <message>
            <source>Nothing on this computer is left to erase. Record the retention run now? It goes to the centre and the laptops with the next bundle or team update, and each erases the names, phone numbers, signature images and paper scans it holds of participants recorded before it. It cannot be undone.</source>
            <translation>لم يبقَ على هذا الحاسوب شيء لمحوه. هل تريد تسجيل عملية المحو الخاصة بانتهاء مدة الاحتفاظ الآن؟ تذهب إلى المركز والحواسيب المحمولة مع الحزمة التالية أو تحديث الفريق التالي، ويمحو كلٌّ منها ما لديه من أسماء المشاركين المسجَّلين قبلها وأرقام هواتفهم وصور تواقيعهم ونسخ الاستمارات الورقية الممسوحة. لا يمكن التراجع عنها.</translation>
        </message>
        <message>
            <source>Nothing here was left to erase; the retention run is recorded and goes to the other computers of the team.</source>
            <translation>لم يبقَ هنا شيء لمحوه؛ سُجّلت عملية المحو الخاصة بانتهاء مدة الاحتفاظ، وهي تذهب إلى حواسيب الفريق الأخرى.</translation>
        </message>
        <message>
            <source>End of the study</source>
            <translation>نهاية الدراسة</translation>
        </message>
        <message>
            <source>The team's retention period ended on %1.</source>
            <translation>انتهت مدة الاحتفاظ الخاصة بالفريق في %1.</translation>
        </message>
        <message>
            <source>Erase the other participants' names, phone numbers, signature images and paper scans, and the witnesses' names on their consent records, now? Pseudonyms, transcripts and codings stay. The erasure goes to the centre with the next bundle. It cannot be undone.</source>
            <translation>هل تريد محو أسماء المشاركين الآخرين وأرقام هواتفهم وصور تواقيعهم ونسخ الاستمارات الورقية الممسوحة، وأسماء الشهود في سجلات موافقتهم، الآن؟ تبقى الأسماء المستعارة والنصوص المفرّغة والترميز. يذهب المحو إلى المركز مع الحزمة التالية. لا يمكن التراجع عنه.</translation>
        </message>
        <message>
            <source>Erase every participant's name, phone number, signature images and paper scans, and the witnesses' names on their consent records, now? Pseudonyms, transcripts and codings stay. The erasure goes to the centre with the next bundle. It cannot be undone.</source>
            <translation>هل تريد محو أسماء جميع المشاركين وأرقام هواتفهم وصور تواقيعهم ونسخ الاستمارات الورقية الممسوحة، وأسماء الشهود في سجلات موافقتهم، الآن؟ تبقى الأسماء المستعارة والنصوص المفرّغة والترميز. يذهب المحو إلى المركز مع الحزمة التالية. لا يمكن التراجع عنه.</translation>
        </message>
        <message>
            <source>&amp;Record the run</source>
            <translation>&amp;سجّل عملية المحو</translation>
        </message>
        <message>
            <source>&amp;Erase identities</source>
            <translation>ا&amp;محُ الهويات</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;ليس الآن</translation>
        </message>
        <message>
            <source>Identities erased; pseudonyms and pseudonymous data stay.</source>
            <translation>مُحيت الهويات؛ تبقى الأسماء المستعارة والبيانات المستعارة.</translation>
        </message>
        <message>
            <source>Nothing was left to erase.</source>
            <translation>لم يبقَ شيء لمحوه.</translation>
        </message>
    </context>
    <context>
        <name>RetrievalTab</name>
        <message>
            <source>Choose a code, and filters if you wish, then Show segments: the segments coded with it are listed here.</source>
            <translation>اختر رمزًا، ومرشّحات إن شئت، ثم «اعرض المقاطع»: تُعرض هنا المقاطع المرمَّزة به.</translation>
        </message>
        <message>
            <source>&amp;Code this session at this segment…</source>
            <translation>&amp;رمّز هذه الجلسة عند هذا المقطع…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>Session kind</source>
            <translation>نوع الجلسة</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>المرمِّز</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <source>Include sub-codes</source>
            <translation>تضمين الرموز الفرعية</translation>
        </message>
        <message>
            <source>Only between</source>
            <translation>فقط بين</translation>
        </message>
        <message>
            <source>Show segments</source>
            <translation>اعرض المقاطع</translation>
        </message>
        <message>
            <source>Change filters</source>
            <translation>تغيير المرشّحات</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>من تاريخ</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>إلى تاريخ</translation>
        </message>
        <message>
            <source>Coded segments</source>
            <translation>المقاطع المرمَّزة</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>الكلّ</translation>
        </message>
        <message>
            <source>The From date is after the To date: no segment can fall between them. Change one of the dates.</source>
            <translation>تاريخ «من» بعد تاريخ «إلى»: لا يمكن أن يقع أي مقطع بينهما. غيّر أحد التاريخين.</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>لا مقاطع</numerusform>
                <numerusform>مقطع واحد</numerusform>
                <numerusform>مقطعان</numerusform>
                <numerusform>‏%n مقاطع</numerusform>
                <numerusform>‏%n مقطعًا</numerusform>
                <numerusform>‏%n مقطع</numerusform>
            </translation>
        </message>
        <message>
            <source>Code: %1, with filters</source>
            <translation>الرمز: %1، مع مرشّحات</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>الرمز: %1</translation>
        </message>
    </context>
    <context>
        <name>RetrievedColumns</name>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>المتحدّث</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Coded text</source>
            <translation>النصّ المرمَّز</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>Do not quote</source>
            <translation>لا يُقتبس</translation>
        </message>
        <message>
            <source>Edited since it was coded: review the coding before quoting it</source>
            <translation>عُدّل بعد ترميزه: راجع الترميز قبل الاقتباس منه</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>المرمِّز</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>المذكّرة</translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message>
            <source>Devices &amp;waiting for approval:</source>
            <translation>أجهزة بانت&amp;ظار الاعتماد:</translation>
        </message>
        <message>
            <source>Devices on the ro&amp;ster (their bundles are applied):</source>
            <translation>الأجهزة &amp;المعتمدة (تُطبَّق حزمها):</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>ا&amp;عتمد…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>ا&amp;رفض…</translation>
        </message>
        <message>
            <source>Rejected devices (their bundles are refused):</source>
            <translation>الأجهزة المرفوضة (تُرفض حزمها):</translation>
        </message>
        <message>
            <source>Approve after all…</source>
            <translation>اعتمده رغم ذلك…</translation>
        </message>
        <message>
            <source>as a field laptop (changes only its own rows)</source>
            <translation>حاسوبًا ميدانيًا (يغيّر ما أنشأه فقط)</translation>
        </message>
        <message>
            <source>as a coordinator (may change any row)</source>
            <translation>منسّقًا (يمكنه تغيير أي سجل)</translation>
        </message>
        <message>
            <source>Words erased here may be in these waiting bundles: approve or reject each one to finish the erasure (approving applies the erasure to its rows; rejecting discards it).</source>
            <translation>قد تحوي هذه الحزم المنتظِرة كلمات مُحيت هنا: اعتمد كل واحدة منها أو ارفضها لإتمام المحو (الاعتماد يطبّق المحو على صفوفها، والرفض يتخلّص منها).</translation>
        </message>
        <message>
            <source>This computer's key fingerprint: {fingerprint}</source>
            <translation>بصمة مفتاح هذا الحاسوب: {fingerprint}</translation>
        </message>
        <message>
            <source>Devices waiting for approval</source>
            <translation>أجهزة بانتظار الاعتماد</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>الأجهزة المعتمدة</translation>
        </message>
        <message>
            <source>Key fingerprint to compare</source>
            <translation>بصمة المفتاح للمقارنة</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Approve device</source>
            <translation>اعتمد الجهاز</translation>
        </message>
        <message>
            <source>Reject device</source>
            <translation>ارفض الجهاز</translation>
        </message>
        <message>
            <source>Rejected devices</source>
            <translation>الأجهزة المرفوضة</translation>
        </message>
        <message>
            <source>Approve a rejected device after all</source>
            <translation>اعتمد جهازًا مرفوضًا رغم ذلك</translation>
        </message>
        <message>
            <source>{name} ({id}): bundles: {bundles}, changes: {changes}</source>
            <translation>‏{name} ({id}): الحزم: {bundles}، التغييرات: {changes}</translation>
        </message>
        <message>
            <source>{device}: bundles: {bundles}, changes: {changes}</source>
            <translation>‏{device}: الحزم: {bundles}، التغييرات: {changes}</translation>
        </message>
        <message>
            <source>field laptop</source>
            <translation>حاسوب ميداني</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>منسّق</translation>
        </message>
        <message>
            <source> (this computer)</source>
            <translation> (هذا الحاسوب)</translation>
        </message>
        <message numerus="yes">
            <source>Approve {name}? Only if the facilitator read you this same fingerprint:
{fingerprint}
Its %n waiting bundle(s) will be applied.</source>
            <translation>
                <numerusform>هل تعتمد {name}؟ اعتمده فقط إذا قرأ عليك الميسّر البصمة نفسها:
{fingerprint}
لا حزم منتظرة له.</numerusform>
                <numerusform>هل تعتمد {name}؟ اعتمده فقط إذا قرأ عليك الميسّر البصمة نفسها:
{fingerprint}
ستُطبَّق حزمته المنتظرة الوحيدة.</numerusform>
                <numerusform>هل تعتمد {name}؟ اعتمده فقط إذا قرأ عليك الميسّر البصمة نفسها:
{fingerprint}
ستُطبَّق حزمتاه المنتظرتان.</numerusform>
                <numerusform>هل تعتمد {name}؟ اعتمده فقط إذا قرأ عليك الميسّر البصمة نفسها:
{fingerprint}
ستُطبَّق %n حزم منتظرة له.</numerusform>
                <numerusform>هل تعتمد {name}؟ اعتمده فقط إذا قرأ عليك الميسّر البصمة نفسها:
{fingerprint}
ستُطبَّق %n حزمة منتظرة له.</numerusform>
                <numerusform>هل تعتمد {name}؟ اعتمده فقط إذا قرأ عليك الميسّر البصمة نفسها:
{fingerprint}
ستُطبَّق %n حزمة منتظرة له.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject {name}? Its %n waiting bundle(s) will be discarded.</source>
            <translation>
                <numerusform>هل ترفض {name}؟ لا حزم منتظرة له.</numerusform>
                <numerusform>هل ترفض {name}؟ ستُحذف حزمته المنتظرة الوحيدة.</numerusform>
                <numerusform>هل ترفض {name}؟ ستُحذف حزمتاه المنتظرتان.</numerusform>
                <numerusform>هل ترفض {name}؟ ستُحذف %n حزم منتظرة له.</numerusform>
                <numerusform>هل ترفض {name}؟ ستُحذف %n حزمة منتظرة له.</numerusform>
                <numerusform>هل ترفض {name}؟ ستُحذف %n حزمة منتظرة له.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve the rejected device {id} after all? Only if the facilitator read you this same fingerprint:
{fingerprint}
What it sent before was discarded when it was rejected: import its bundles again.</source>
            <translation>أتعتمد الجهاز المرفوض {id} رغم ذلك؟ فقط إن قرأ لك الميسّر هذه البصمة نفسها:
{fingerprint}
ما أرسله من قبل حُذف عند رفضه: استورد حزمه من جديد.</translation>
        </message>
        <message>
            <source>What it sent before was discarded when it was rejected: import its bundles again.</source>
            <translation>ما أرسله من قبل حُذف عند رفضه: استورد حزمه من جديد.</translation>
        </message>
        <message numerus="yes">
            <source>Rejected: %n bundle(s) discarded.</source>
            <translation>
                <numerusform>رُفض: لم تُحذف أي حزمة.</numerusform>
                <numerusform>رُفض: حُذفت حزمة واحدة.</numerusform>
                <numerusform>رُفض: حُذفت حزمتان.</numerusform>
                <numerusform>رُفض: حُذفت %n حزم.</numerusform>
                <numerusform>رُفض: حُذفت %n حزمة.</numerusform>
                <numerusform>رُفض: حُذفت %n حزمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is on the roster.</source>
            <translation>أصبح {name} من الأجهزة المعتمدة.</translation>
        </message>
        <message>
            <source>Recording the decision…</source>
            <translation>جارٍ تسجيل القرار…</translation>
        </message>
        <message>
            <source>changes {range}</source>
            <translation>التغييرات {range}</translation>
        </message>
        <message>
            <source>a waiting bundle</source>
            <translation>حزمة منتظرة</translation>
        </message>
        <message>
            <source>Its bundles are refused from now on; Approve after all undoes this.</source>
            <translation>تُرفض حزمه من الآن فصاعدًا؛ و«اعتمده رغم ذلك» يتراجع عن هذا.</translation>
        </message>
        <message>
            <source>This device was already approved or rejected (in another window?): nothing more was done.</source>
            <translation>سبق اعتماد هذا الجهاز أو رفضه (في نافذة أخرى؟): لم يُفعل شيء آخر.</translation>
        </message>
        <message>
            <source>{name} is on the roster, but applying its bundles stopped: {reason} Bundles applied before it: {applied} of {total}. The others still wait for approval: once this is put right, select it among the devices waiting and press Approve again.</source>
            <translation>أصبح {name} من الأجهزة المعتمدة، لكنّ تطبيق حزمه توقّف: {reason} الحزم المطبَّقة قبل ذلك: {applied} من {total}. الحزم الأخرى ما تزال بانتظار الاعتماد: بعد إصلاح ذلك، اختره من بين الأجهزة المنتظرة واضغط «اعتمد» مرّة أخرى.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>فشل: {reason}</translation>
        </message>
        <message>
            <source>revoked: its bundles are refused</source>
            <translation>مسحوب الاعتماد: تُرفض حزمه</translation>
        </message>
        <message>
            <source>Revoke {name}? Do this only if the laptop was lost or stolen.
Key fingerprint: {fingerprint}
Bundles signed with its key will be refused from now on; what it sent before stays. Its replacement signs with a new key, which you approve after comparing it with the facilitator.</source>
            <translation>سحب اعتماد {name}؟ افعل ذلك فقط إذا فُقد الحاسوب أو سُرق.
بصمة المفتاح: {fingerprint}
ستُرفض من الآن الحزم الموقّعة بمفتاحه؛ ويبقى ما أرسله من قبل. الجهاز البديل يوقّع بمفتاح جديد، توافق عليه بعد مقارنته مع الميسّر.</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>سحب الاعتماد…</translation>
        </message>
        <message>
            <source>Revoke the device (lost or stolen)</source>
            <translation>سحب اعتماد الجهاز (مفقود أو مسروق)</translation>
        </message>
        <message>
            <source>{name} is revoked: bundles signed with its key are refused from now on.</source>
            <translation>سُحب اعتماد {name}: تُرفض من الآن الحزم الموقّعة بمفتاحه.</translation>
        </message>
        <message>
            <source>Take a bundle it wrote before it was lost…</source>
            <translation>خذ حزمة كتبها قبل فقده…</translation>
        </message>
        <message>
            <source>Take a bundle the revoked device wrote before it was lost</source>
            <translation>خذ حزمة كتبها الجهاز المسحوب اعتماده قبل فقده</translation>
        </message>
        <message>
            <source>Take a bundle it wrote before it was lost</source>
            <translation>خذ حزمة كتبها قبل فقده</translation>
        </message>
        <message>
            <source>All files (*);;Majlis bundles (*.majlis)</source>
            <translation>كلّ الملفّات (*);;حزم مجلس ‎(*.majlis)</translation>
        </message>
        <message>
            <source>Take {file}, signed with the revoked key of {name}? Only if you know the laptop wrote it before it was lost: the facilitator handed or posted it to you. Nothing else signed with that key is taken.</source>
            <translation>أتأخذ {file}، الموقّعة بمفتاح {name} المسحوب اعتماده؟ فقط إن كنت تعرف أن الحاسوب كتبها قبل فقده: سلّمها لك الميسّر أو أرسلها بالبريد. لا يؤخذ شيء آخر موقّع بذلك المفتاح.</translation>
        </message>
        <message>
            <source>Register a device…</source>
            <translation>تسجيل جهاز…</translation>
        </message>
        <message>
            <source>Registered: {id}, key fingerprint {fingerprint}.</source>
            <translation>سُجّل: {id}، بصمة المفتاح {fingerprint}.</translation>
        </message>
        <message>
            <source>Bundles it sent before, applied now: {count}</source>
            <translation>الحزم التي أرسلها من قبل وطُبّقت الآن: {count}</translation>
        </message>
        <message>
            <source>Reject all waiting…</source>
            <translation>ارفض كلّ المنتظرة…</translation>
        </message>
        <message>
            <source>Reject every device waiting for approval</source>
            <translation>ارفض كلّ الأجهزة المنتظرة للاعتماد</translation>
        </message>
        <message>
            <source>Reject every device waiting for approval?
Devices: {devices}
Their waiting bundles: {bundles}</source>
            <translation>هل ترفض كلّ الأجهزة المنتظرة للاعتماد؟
الأجهزة: {devices}
حزمها المنتظرة: {bundles}</translation>
        </message>
        <message>
            <source>Their bundles will be discarded, and bundles signed with their keys refused from now on. Do this when the list was filled by bundles nobody on the team sent.
A genuine laptop rejected with them can be approved later: select it under Rejected devices, press Approve after all… once its facilitator has read you its fingerprint, then import its bundles again.</source>
            <translation>ستُحذف حزمها، وتُرفض من الآن فصاعدًا الحزم الموقّعة بمفاتيحها. افعل هذا حين تمتلئ القائمة بحزم لم يرسلها أحد من الفريق.
يمكن اعتماد حاسوب حقيقي رُفض معها لاحقًا: اختره من «الأجهزة المرفوضة»، واضغط «اعتمده رغم ذلك…» بعد أن يقرأ عليك ميسّره بصمته، ثمّ استورد حزمه مرّة أخرى.</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>ارفضها كلّها</translation>
        </message>
        <message>
            <source>Rejected devices: {devices}; bundles discarded: {bundles}.</source>
            <translation>الأجهزة المرفوضة: {devices}؛ الحزم المحذوفة: {bundles}.</translation>
        </message>
        <message>
            <source>Their bundles are refused from now on. To undo one, select it under Rejected devices and press Approve after all…</source>
            <translation>تُرفض حزمها من الآن فصاعدًا. للتراجع عن أحدها، اختره من «الأجهزة المرفوضة» واضغط «اعتمده رغم ذلك…».</translation>
        </message>
        <message>
            <source>No device was rejected: the devices asked about were already approved or rejected (in another window?).</source>
            <translation>لم يُرفض أيّ جهاز: سبق اعتماد الأجهزة المسؤول عنها أو رفضها (في نافذة أخرى؟).</translation>
        </message>
        <message>
            <source>{name} was not rejected: it is on the roster already (an approval stopped partway). Select it and press Approve to apply what it sent.</source>
            <translation>لم يُرفض {name}: فهو من الأجهزة المعتمدة أصلًا (توقّف اعتماده في منتصفه). اختره واضغط «اعتمد» لتطبيق ما أرسله.</translation>
        </message>
        <message>
            <source>No device was rejected: {reason}</source>
            <translation>لم يُرفض أيّ جهاز: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RoundtableEditor</name>
        <message>
            <source>Attendee</source>
            <translation>الحاضر</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Add o&amp;rganisation…</source>
            <translation>أضف &amp;منظّمة…</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>القرارات</translation>
        </message>
        <message>
            <source>Add deci&amp;sion</source>
            <translation>أضف &amp;قرارًا</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Add a&amp;ction item</source>
            <translation>أضف إجراء &amp;متابعة</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>إجراءات المتابعة</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Back to the list (Esc)</source>
            <translation>العودة إلى القائمة (⁦Esc⁩)</translation>
        </message>
        <message>
            <source>Roundtable</source>
            <translation>طاولة مستديرة</translation>
        </message>
        <message>
            <source>F&amp;inalise</source>
            <translation>ا&amp;عتمد نهائيًا</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>ا&amp;فتح القفل…</translation>
        </message>
        <message>
            <source>Audit &amp;trail</source>
            <translation>سجلّ الت&amp;دقيق</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— اختر —</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;التفاصيل</translation>
        </message>
        <message>
            <source>Atte&amp;ndance</source>
            <translation>ال&amp;حضور</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>جد&amp;ول الأعمال</translation>
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation>القرارا&amp;ت</translation>
        </message>
        <message>
            <source>Action ite&amp;ms</source>
            <translation>إجرا&amp;ءات المتابعة</translation>
        </message>
        <message>
            <source>Add &amp;participant…</source>
            <translation>أضف م&amp;شاركًا…</translation>
        </message>
        <message>
            <source>Ne&amp;w person</source>
            <translation>شخ&amp;ص جديد</translation>
        </message>
        <message>
            <source>Add a new person with a pseudonym of this roundtable</source>
            <translation>أضف شخصًا جديدًا باسم مستعار من هذه الطاولة المستديرة</translation>
        </message>
        <message>
            <source>Record &amp;consent…</source>
            <translation>سجّل المواف&amp;قة…</translation>
        </message>
        <message>
            <source>Record the consent of the participant chosen in the table</source>
            <translation>سجّل موافقة المشارك المختار في الجدول</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>إضافة حاضر</translation>
        </message>
        <message>
            <source>There are no organisations yet. Add them on the Organisations page, then come back here.</source>
            <translation>لا توجد منظّمات بعد. أضِفها في صفحة «المنظّمات» ثم عُد إلى هنا.</translation>
        </message>
        <message>
            <source>Every organisation recorded already attends this roundtable. Add others on the Organisations page.</source>
            <translation>كل المنظمات المسجّلة تحضر هذه الطاولة المستديرة بالفعل. أضف غيرها في صفحة المنظمات.</translation>
        </message>
        <message>
            <source>There are no participants yet. Add someone who attends with New person: they get a pseudonym of this roundtable.</source>
            <translation>لا يوجد مشاركون بعد. أضف من يحضر بزر «شخص جديد»: يأخذ اسمًا مستعارًا من هذه الطاولة المستديرة.</translation>
        </message>
        <message>
            <source>Everyone recorded already attends this roundtable. Add someone else with New person.</source>
            <translation>كلّ من سُجّلوا يحضرون هذه الطاولة المستديرة بالفعل. أضف شخصًا آخر بزر «شخص جديد».</translation>
        </message>
        <message>
            <source>Everyone else recorded has withdrawn their consent, and no consent can be recorded for them again. Add someone who attends with New person.</source>
            <translation>كل من تبقّى من المسجَّلين سحب موافقته، ولا يمكن تسجيل موافقة له مرة أخرى. أضف من يحضر بزر «شخص جديد».</translation>
        </message>
        <message>
            <source>Choose the governorate first: the pseudonym is made from it.</source>
            <translation>اختر المحافظة أولًا: منها يُصنع الاسم المستعار.</translation>
        </message>
        <message>
            <source>No one is on the attendance list yet. Add the organisations and participants who came with the buttons above.</source>
            <translation>لا أحد في قائمة الحضور بعد. أضف المنظّمات والمشاركين الذين حضروا بالأزرار أعلاه.</translation>
        </message>
        <message>
            <source>No attendance was recorded for this roundtable.</source>
            <translation>لم يُسجَّل حضور لهذه الطاولة المستديرة.</translation>
        </message>
        <message>
            <source>No decisions yet. Press Add decision to record one.</source>
            <translation>لا توجد قرارات بعد. اضغط «أضف قرارًا» لتسجيل قرار.</translation>
        </message>
        <message>
            <source>No decisions were recorded.</source>
            <translation>لم تُسجَّل أي قرارات.</translation>
        </message>
        <message>
            <source>No action items yet. Press Add action item to record who does what, and by when.</source>
            <translation>لا توجد إجراءات متابعة بعد. اضغط «أضف إجراء متابعة» لتسجيل من يفعل ماذا، وفي أي موعد.</translation>
        </message>
        <message>
            <source>No action items were recorded.</source>
            <translation>لم تُسجَّل أي إجراءات متابعة.</translation>
        </message>
    </context>
    <context>
        <name>SaveFailure</name>
        <message>
            <source>The disk is full.</source>
            <translation>القرص ممتلئ.</translation>
        </message>
        <message>
            <source>Another program is using the database.</source>
            <translation>برنامج آخر يستخدم قاعدة البيانات.</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder.</source>
            <translation>قاعدة البيانات موجودة على قرص أو مجلّد للقراءة فقط.</translation>
        </message>
        <message>
            <source>The disk reported an error.</source>
            <translation>أبلغ القرص عن خطأ.</translation>
        </message>
        <message>
            <source>Not saved yet: %1 Majlis tries again by itself; your text stays on screen.</source>
            <translation>لم يُحفظ بعد: %1 سيحاول مجلس مجدّدًا من تلقاء نفسه؛ يبقى نصّك على الشاشة.</translation>
        </message>
        <message>
            <source>Not saved: this session was made final elsewhere meanwhile, and is read-only now. Copy what you typed before you leave it.</source>
            <translation>لم يُحفظ: اعتُمدت هذه الجلسة نهائيًا في مكان آخر في هذه الأثناء، وهي للقراءة فقط الآن. انسخ ما كتبته قبل أن تغادرها.</translation>
        </message>
        <message>
            <source>Not saved: this session is no longer in the database (it was deleted elsewhere meanwhile). Copy what you typed before you leave it.</source>
            <translation>لم يُحفظ: لم تعد هذه الجلسة في قاعدة البيانات (حُذفت في مكان آخر في هذه الأثناء). انسخ ما كتبته قبل أن تغادرها.</translation>
        </message>
        <message>
            <source>This session is no longer in the database: it was deleted elsewhere meanwhile (another window, majlis-cli or a team update).</source>
            <translation>لم تعد هذه الجلسة في قاعدة البيانات: حُذفت في مكان آخر في هذه الأثناء (نافذة أخرى أو ⁦majlis-cli⁩ أو تحديث للفريق).</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>تغييرات لم تُحفظ</translation>
        </message>
        <message>
            <source>Your last changes could not be saved. Close anyway and lose them?</source>
            <translation>تعذّر حفظ آخر تغييراتك. أتغلق على أيّ حال وتفقدها؟</translation>
        </message>
    </context>
    <context>
        <name>SearchTab</name>
        <message>
            <source>Where</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>الكلمات المطلوبة</translation>
        </message>
        <message>
            <source>Every word must occur; end a word with * to find the words it begins.</source>
            <translation>يجب أن ترد كلّ الكلمات؛ أنهِ الكلمة بـ * لتجد الكلمات التي تبدأ بها.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Code all hits</source>
            <translation>رمِّز كلّ النتائج</translation>
        </message>
        <message>
            <source>Code to apply to every hit</source>
            <translation>الرمز المطبَّق على كلّ نتيجة</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>النصّ المفرّغ</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>المذكّرة</translation>
        </message>
        <message>
            <source>Memo on a coding</source>
            <translation>مذكرة على ترميز</translation>
        </message>
        <message>
            <source>Memo on the code %1</source>
            <translation>مذكّرة على الرمز %1</translation>
        </message>
        <message>
            <source>Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing.</source>
            <translation>يحتاج البحث إلى حروف أو أرقام: الحركات أو التطويل أو العلامات غير المرئية وحدها لا تطابق شيئًا.</translation>
        </message>
        <message>
            <source>Type the words to find.</source>
            <translation>اكتب الكلمات التي تريد البحث عنها.</translation>
        </message>
        <message>
            <source>Only the first %1 documents are shown (and Code all hits codes only these): more match. Add words to narrow the search.</source>
            <translation>لا تُعرض إلا أول %1 وثيقة (و«رمِّز كلّ النتائج» يرمّز هذه فقط): هناك نتائج أخرى. أضف كلمات لتضييق البحث.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>لا وثائق</numerusform>
                <numerusform>وثيقة واحدة</numerusform>
                <numerusform>وثيقتان</numerusform>
                <numerusform>‏%n وثائق</numerusform>
                <numerusform>‏%n وثيقة</numerusform>
                <numerusform>‏%n وثيقة</numerusform>
            </translation>
        </message>
        <message>
            <source>No hit here can be coded: only the words of transcripts, agenda notes, decisions and summaries are.</source>
            <translation>لا يمكن ترميز أيّ نتيجة هنا: تُرمَّز كلمات النصوص المدوّنة وملاحظات جدول الأعمال والقرارات والملخّصات فقط.</translation>
        </message>
        <message>
            <source>Choose the code to apply to every hit.</source>
            <translation>اختر الرمز المطبَّق على كلّ نتيجة.</translation>
        </message>
        <message numerus="yes">
            <source>%n new segment(s) coded</source>
            <translation>
                <numerusform>لم يُرمَّز أي مقطع جديد</numerusform>
                <numerusform>رُمِّز مقطع جديد واحد</numerusform>
                <numerusform>رُمِّز مقطعان جديدان</numerusform>
                <numerusform>رُمِّزت %n مقاطع جديدة</numerusform>
                <numerusform>رُمِّز %n مقطعًا جديدًا</numerusform>
                <numerusform>رُمِّز %n مقطع جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s) left out: the text changed after the search. Search again to code them.</source>
            <translation>
                <numerusform>لم تُستبعد أي نتيجة: تغيّر النص بعد البحث. ابحث مجدّدًا لترميزها.</numerusform>
                <numerusform>استُبعدت نتيجة واحدة: تغيّر النص بعد البحث. ابحث مجدّدًا لترميزها.</numerusform>
                <numerusform>استُبعدت نتيجتان: تغيّر النص بعد البحث. ابحث مجدّدًا لترميزهما.</numerusform>
                <numerusform>استُبعدت %n نتائج: تغيّر النص بعد البحث. ابحث مجدّدًا لترميزها.</numerusform>
                <numerusform>استُبعدت %n نتيجةً: تغيّر النص بعد البحث. ابحث مجدّدًا لترميزها.</numerusform>
                <numerusform>استُبعدت %n نتيجة: تغيّر النص بعد البحث. ابحث مجدّدًا لترميزها.</numerusform>
            </translation>
        </message>
        <message>
            <source>No hit was coded: the code chosen no longer exists (it was deleted or merged). Choose another code.</source>
            <translation>لم تُرمَّز أيّ نتيجة: الرمز المختار لم يعد موجودًا (حُذف أو دُمج). اختر رمزًا آخر.</translation>
        </message>
        <message>
            <source>No hit was coded: %1 Try again.</source>
            <translation>لم تُرمَّز أيّ نتيجة: %1 حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>SessionEditorBase</name>
        <message>
            <source>C&amp;ode this session…</source>
            <translation>&amp;رمّز هذه الجلسة…</translation>
        </message>
        <message>
            <source>Apply codes to this session's text (%1)</source>
            <translation>طبّق رموزًا على نصّ هذه الجلسة (%1)</translation>
        </message>
        <message>
            <source>Code this session</source>
            <translation>ترميز هذه الجلسة</translation>
        </message>
    </context>
    <context>
        <name>SessionParticipantsModel</name>
        <message>
            <source>Without a recorded consent this participant cannot be given speech.</source>
            <translation>لا يمكن إعطاء هذا المشارك مداخلة من دون موافقة مسجّلة.</translation>
        </message>
        <message>
            <source>Not saved: at most %1 attributes, each name up to %2 characters and each value up to %3.</source>
            <translation>لم يُحفظ: %1 سمة على الأكثر، اسم كل منها حتى %2 حرفًا وقيمة كل منها حتى %3.</translation>
        </message>
        <message>
            <source>The pseudonym %1 is already used by another participant.</source>
            <translation>الاسم المستعار %1 مستخدَم لمشارك آخر.</translation>
        </message>
        <message>
            <source>This session is final: unlock it to edit.</source>
            <translation>هذه الجلسة نهائية: افتح قفلها لتعديلها.</translation>
        </message>
        <message>
            <source>This value was not saved: %1</source>
            <translation>لم تُحفظ هذه القيمة: %1</translation>
        </message>
        <message>
            <source>This value was not saved: the participant is no longer in the database.</source>
            <translation>لم تُحفظ هذه القيمة: لم يعد هذا المشارك في قاعدة البيانات.</translation>
        </message>
        <message>
            <source>This value was not saved: a pseudonym cannot be empty.</source>
            <translation>لم تُحفظ هذه القيمة: لا يمكن أن يكون الاسم المستعار فارغًا.</translation>
        </message>
        <message>
            <source>This value was not saved.</source>
            <translation>لم تُحفظ هذه القيمة.</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ا&amp;فتح</translation>
        </message>
        <message>
            <source>&amp;Code this session…</source>
            <translation>&amp;رمّز هذه الجلسة…</translation>
        </message>
        <message>
            <source>&amp;Sort by this column</source>
            <translation>ر&amp;تّب حسب هذا العمود</translation>
        </message>
        <message>
            <source>New &amp;roundtable</source>
            <translation>طاولة مستديرة ج&amp;ديدة</translation>
        </message>
        <message>
            <source>New focus &amp;group</source>
            <translation>&amp;مجموعة نقاش مركّزة جديدة</translation>
        </message>
        <message>
            <source>Search title or venue</source>
            <translation>ابحث في العنوان أو المكان</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>من تاريخ</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>إلى تاريخ</translation>
        </message>
        <message>
            <source>any</source>
            <translation>أيّ تاريخ</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>كلّ الأنواع</translation>
        </message>
        <message>
            <source>All governorates</source>
            <translation>كلّ المحافظات</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>كلّ الحالات</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing.</source>
            <translation>يحتاج البحث إلى حروف أو أرقام: الحركات أو التطويل أو العلامات غير المرئية وحدها لا تطابق شيئًا.</translation>
        </message>
        <message>
            <source>The From date is after the To date: no session can fall between them.</source>
            <translation>تاريخ «من» بعد تاريخ «إلى»: لا يمكن أن تقع أي جلسة بينهما.</translation>
        </message>
        <message>
            <source>No session is dated before 2000: type a year from 2000 on.</source>
            <translation>لا توجد جلسة مؤرَّخة قبل عام 2000: اكتب سنة من 2000 فما بعد.</translation>
        </message>
        <message>
            <source>No session matches the search and filters.</source>
            <translation>لا توجد جلسة تطابق البحث وعوامل التصفية.</translation>
        </message>
        <message>
            <source>No sessions yet. Start one with New roundtable or New focus group.</source>
            <translation>لا توجد جلسات بعد. ابدأ جلسة بزرّ «طاولة مستديرة جديدة» أو «مجموعة نقاش مركّزة جديدة».</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>التصفية</translation>
        </message>
        <message>
            <source>Filters (%1 on)</source>
            <translation>التصفية (%1 مفعّلة)</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>لا توجد جلسات</numerusform>
                <numerusform>جلسة واحدة</numerusform>
                <numerusform>جلستان</numerusform>
                <numerusform>%n جلسات</numerusform>
                <numerusform>%n جلسة</numerusform>
                <numerusform>%n جلسة</numerusform>
            </translation>
        </message>
        <message>
            <source>The session was not created: %1</source>
            <translation>لم تُنشأ الجلسة: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>&amp;Your name (facilitator, coder):</source>
            <translation>ا&amp;سمك (الميسّر، المرمِّز):</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Not the laptop's name</source>
            <translation>ليس اسم الحاسوب</translation>
        </message>
        <message>
            <source>Language and display</source>
            <translation>اللغة والعرض</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>لغة ال&amp;واجهة:</translation>
        </message>
        <message>
            <source>&amp;Digits:</source>
            <translation>&amp;الأرقام:</translation>
        </message>
        <message>
            <source>Font si&amp;ze:</source>
            <translation>&amp;حجم الخطّ:</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>مثال:</translation>
        </message>
        <message>
            <source>Arabic-Indic (٠١٢٣)</source>
            <translation>أرقام هندية (٠١٢٣)</translation>
        </message>
        <message>
            <source>Latin (0123)</source>
            <translation>أرقام لاتينية (0123)</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>الأمان</translation>
        </message>
        <message>
            <source>&amp;Lock after (minutes):</source>
            <translation>&amp;قفل البرنامج بعد (بالدقائق):</translation>
        </message>
        <message>
            <source>The demo database never locks: it has no passphrase to ask for. On your own database, Majlis locks after this many minutes without use and asks for the passphrase again.</source>
            <translation>قاعدة البيانات التجريبية لا تُقفَل أبدًا: ليس لها عبارة مرور تُطلب. في قاعدة بياناتك الخاصة، يُقفَل برنامج مجلس بعد هذا العدد من الدقائق دون استخدام ويطلب عبارة المرور من جديد.</translation>
        </message>
        <message>
            <source>After this many minutes without use, Majlis locks and asks for the passphrase again.</source>
            <translation>بعد هذا العدد من الدقائق دون استخدام، يُقفَل برنامج مجلس ويطلب عبارة المرور من جديد.</translation>
        </message>
        <message>
            <source>Changes take effect at once; no restart is needed.</source>
            <translation>تُطبَّق التغييرات فورًا، ولا حاجة إلى إعادة تشغيل البرنامج.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>بياناتك</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>مجلّد البيانات:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>قاعدة البيانات:</translation>
        </message>
        <message>
            <source>&amp;Open data folder</source>
            <translation>ا&amp;فتح مجلّد البيانات</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>انسخ معلومات ال&amp;تشخيص</translation>
        </message>
        <message>
            <source>Versions and folders for whoever helps you; no names, texts or keys.</source>
            <translation>الإصدارات والمجلّدات لمن يساعدك، دون أسماء أو نصوص أو مفاتيح.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>لغة الواجهة</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>الأرقام</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>حجم الخطّ</translation>
        </message>
        <message>
            <source>Lock after (minutes)</source>
            <translation>القفل بعد (بالدقائق)</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>حجم النظام الافتراضي</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard.</source>
            <translation>نُسخت معلومات التشخيص إلى الحافظة.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>How will you use Majlis?</source>
            <translation>كيف ستستخدم برنامج مجلس؟</translation>
        </message>
        <message>
            <source>&amp;Join a team (with the team file from your coordinator)</source>
            <translation>&amp;انضمّ إلى فريق (بملفّ الفريق من منسّقك)</translation>
        </message>
        <message>
            <source>&amp;Start a team (I am the coordinator)</source>
            <translation>أنشئ &amp;فريقًا (أنا المنسّق)</translation>
        </message>
        <message>
            <source>Work &amp;alone for now (join a team later)</source>
            <translation>ا&amp;عمل منفردًا حاليًا (انضمّ إلى فريق لاحقًا)</translation>
        </message>
        <message>
            <source>Open the &amp;demo (a throwaway database with sample sessions)</source>
            <translation>افتح النسخة ال&amp;تجريبية (قاعدة بيانات مؤقّتة فيها جلسات نموذجية)</translation>
        </message>
        <message>
            <source>&amp;Choose team file…</source>
            <translation>اختر &amp;ملفّ الفريق…</translation>
        </message>
        <message>
            <source>Team file</source>
            <translation>ملفّ الفريق</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>اسم الفريق</translation>
        </message>
        <message>
            <source>The team file %1 is no longer there: nothing was created. If it is on a USB stick, put the stick back and choose the file again.</source>
            <translation>ملفّ الفريق %1 لم يعد موجودًا: لم يُنشأ شيء. إن كان على ذاكرة ⁦USB⁩ فصِلها من جديد ثم اختر الملفّ مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>This survey has no such question.</source>
            <translation>لا يحتوي هذا الاستبيان على هذا السؤال.</translation>
        </message>
        <message>
            <source>Unknown grouping of respondents.</source>
            <translation>تجميع غير معروف للمستجيبين.</translation>
        </message>
        <message>
            <source>No such survey.</source>
            <translation>لا يوجد هذا الاستبيان.</translation>
        </message>
        <message>
            <source>{file} is the team's key file, not a form (XLSForm): keep it private.</source>
            <translation>‏{file} ملفّ مفتاح الفريق، وليس استمارة (⁦XLSForm⁩): أبقِه سرّيًّا.</translation>
        </message>
        <message>
            <source>{file} is a bundle of changes (an encrypted Majlis file), not a form (XLSForm).</source>
            <translation>‏{file} حزمة تغييرات (ملفّ مشفّر من ⁦Majlis⁩)، وليس استمارة (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a PDF, not a form (XLSForm).</source>
            <translation>‏{file} مستند ⁦PDF⁩، وليس استمارة (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a database, not a form (XLSForm).</source>
            <translation>‏{file} قاعدة بيانات، وليس استمارة (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is the team file, not a form (XLSForm).</source>
            <translation>‏{file} ملفّ الفريق، وليس استمارة (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a team update, not a form (XLSForm).</source>
            <translation>‏{file} تحديث للفريق، وليس استمارة (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>The form {file} is protected by a password, which Majlis cannot open. Open it in Excel with its password, remove the password, save it, and choose it again.</source>
            <translation>الاستمارة {file} محميّة بكلمة مرور، ولا يستطيع مجلس فتحها. افتحها في ⁦Excel⁩ بكلمة مرورها، ثم أزِل كلمة المرور واحفظها، واخترها مرة أخرى.</translation>
        </message>
        <message>
            <source>The form {file} cannot be read as an XLSForm workbook (.xlsx): it is damaged, or not a workbook. Download the form again from KoboToolbox or ODK Central and choose that file.</source>
            <translation>تعذّرت قراءة الاستمارة {file} كمصنّف ⁦XLSForm⁩ ‏(⁦.xlsx⁩): إنها تالفة، أو ليست مصنّفًا. نزّل الاستمارة مرة أخرى من ⁦KoboToolbox⁩ أو ⁦ODK Central⁩، ثم اختر ذلك الملف.</translation>
        </message>
        <message>
            <source>The form {file} has no 'survey' sheet: is it an XLSForm?</source>
            <translation>لا تحتوي الاستمارة {file} على ورقة «⁦survey⁩»: هل هي ⁦XLSForm⁩؟</translation>
        </message>
        <message>
            <source>The column {column} appears twice in {file}.</source>
            <translation>العمود {column} مكرّر في {file}.</translation>
        </message>
        <message>
            <source>{file} is the form (XLSForm), not the responses: choose the survey's data export as the survey file and this one as the form.</source>
            <translation>‏{file} هو الاستمارة (⁦XLSForm⁩) وليس الإجابات: اختر ملف تصدير بيانات المسح ملفاً للمسح، وهذا الملف استمارةً.</translation>
        </message>
        <message>
            <source>None of the columns of {file} is a question of the form or a column of KoboToolbox or ODK Central: it is not an export of this form. Choose the export of this form's responses, downloaded with XML names as headers.</source>
            <translation>لا يوجد بين أعمدة {file} سؤال من الاستمارة ولا عمود من ⁦KoboToolbox⁩ أو ⁦ODK Central⁩: ليس هذا الملفّ تصديرًا لهذه الاستمارة. اختر تصدير إجابات هذه الاستمارة، منزَّلًا بأسماء ⁦XML⁩ عناوينَ للأعمدة.</translation>
        </message>
        <message>
            <source>The column {column} of {file} is not in the form. Is this the form's version that collected the data, exported with XML names as headers?</source>
            <translation>العمود {column} من {file} ليس في الاستمارة. هل هذه نسخة الاستمارة التي جُمعت بها البيانات، وهل صُدّرت بأسماء ⁦XML⁩ عناوينَ للأعمدة؟</translation>
        </message>
        <message>
            <source>{count} columns of {file} are not in the form (first: {column}). Is this the form's version that collected the data, exported with XML names as headers?</source>
            <translation>‏{count} من أعمدة {file} ليست في الاستمارة (أوّلها: {column}). هل هذه نسخة الاستمارة التي جُمعت بها البيانات، وهل صُدّرت بأسماء ⁦XML⁩ عناوينَ للأعمدة؟</translation>
        </message>
        <message>
            <source>{file} holds no answer to the questions chosen: none of them is a column of it. Choose questions this export answers, or the export of the form version you chose them from.</source>
            <translation>‏{file} لا يحوي أيّ إجابة عن الأسئلة المختارة: ليس أيٌّ منها عمودًا فيه. اختر أسئلة يجيب عنها هذا التصدير، أو تصدير نسخة الاستمارة التي اخترتها منها.</translation>
        </message>
        <message>
            <source>{file} has no submission id column (_uuid, meta/instanceID or KEY).</source>
            <translation>لا يحتوي {file} على عمود مُعرّف الإرسال (⁦_uuid⁩ أو ⁦meta/instanceID⁩ أو ⁦KEY⁩).</translation>
        </message>
        <message>
            <source>The two files seem to be the wrong way round: {form} is a survey export and {file} is the form (XLSForm). Choose {form} as the survey file and {file} as the form; nothing was imported.</source>
            <translation>يبدو أن الملفّين معكوسان: {form} تصدير مسح و{file} هو الاستمارة (⁦XLSForm⁩). اختر {form} ملفاً للمسح و{file} استمارةً؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>A survey export needs its XLSForm (the form's .xlsx) to show questions and answers in Arabic, Kurdish and English.</source>
            <translation>يحتاج ملفّ الاستبيان المصدَّر إلى استمارته ⁦XLSForm⁩ (ملفّ ⁦.xlsx⁩) لعرض الأسئلة والإجابات بالعربية والكردية والإنجليزية.</translation>
        </message>
        <message>
            <source>{file} is a device or a pipe, not a form (XLSForm).</source>
            <translation>‏{file} جهاز أو أنبوب، وليس استمارة (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>{file} is a folder, not a form (XLSForm).</source>
            <translation>‏{file} مجلّد، وليس استمارة (⁦XLSForm⁩).</translation>
        </message>
        <message>
            <source>The form {file} does not exist.</source>
            <translation>الاستمارة {file} غير موجودة.</translation>
        </message>
        <message>
            <source>The form holds a text longer than Majlis can send to the centre (over {limit} characters). Shorten it in the XLSForm and import again.</source>
            <translation>تحتوي الاستمارة على نص أطول مما يستطيع مجلس إرساله إلى المركز (أكثر من {limit} حرف). اختصره في ملف ⁦XLSForm⁩ ثم استوردها مرة أخرى.</translation>
        </message>
        <message>
            <source>Row {row} of {file} has no submission id.</source>
            <translation>الصفّ {row} في {file} بلا مُعرّف إرسال.</translation>
        </message>
        <message>
            <source>Rows {first} and {row} of {file} are the same submission (the same id): remove the duplicate and import again.</source>
            <translation>الصفّان {first} و{row} في {file} إرسال واحد (المُعرّف نفسه): احذف المكرّر واستورد من جديد.</translation>
        </message>
        <message>
            <source>The import was cancelled.</source>
            <translation>أُلغي الاستيراد.</translation>
        </message>
        <message>
            <source>{file} holds no responses.</source>
            <translation>لا يحتوي {file} على أيّ إجابات.</translation>
        </message>
        <message>
            <source>The survey file {file} cannot be read: it is damaged or was not wholly downloaded. Download the export again and import that file.</source>
            <translation>تعذّرت قراءة ملفّ الاستبيان {file}: إنه تالف أو لم يُنزَّل كاملًا. نزّل ملف التصدير مرة أخرى، ثم استورد ذلك الملف.</translation>
        </message>
        <message>
            <source>{file} is a device or a pipe, not a survey file.</source>
            <translation>‏{file} جهاز أو أنبوب، وليس ملفّ استبيان.</translation>
        </message>
        <message>
            <source>{file} is a folder, not a survey file.</source>
            <translation>‏{file} مجلّد، وليس ملفّ استبيان.</translation>
        </message>
        <message>
            <source>The survey file {file} does not exist.</source>
            <translation>ملفّ الاستبيان {file} غير موجود.</translation>
        </message>
        <message>
            <source>{file} is protected by a password, which Majlis cannot open. Open it in Excel with its password, remove the password, save it, and import it again.</source>
            <translation>‏{file} محميّ بكلمة مرور، ولا يستطيع مجلس فتحه. افتحه في ⁦Excel⁩ بكلمة مروره، ثم أزِل كلمة المرور واحفظه، واستورده مرة أخرى.</translation>
        </message>
        <message>
            <source>{file} is an old Excel workbook (.xls). Save it as .xlsx in Excel, or export the survey again as XLSX or CSV, and import that file.</source>
            <translation>‏{file} مصنّف ⁦Excel⁩ قديم (⁦.xls⁩). احفظه بصيغة ⁦.xlsx⁩ في ⁦Excel⁩، أو صدّر المسح مرة أخرى بصيغة ⁦XLSX⁩ أو ⁦CSV⁩، ثم استورد ذلك الملف.</translation>
        </message>
        <message>
            <source>{file} is a web page, not a survey export (was the download asked to sign in?). Download the export again from KoboToolbox or ODK Central as XLSX or CSV.</source>
            <translation>‏{file} صفحة ويب وليس ملف تصدير لمسح (هل طلب التنزيل تسجيل الدخول؟). نزّل ملف التصدير مرة أخرى من ⁦KoboToolbox⁩ أو ⁦ODK Central⁩ بصيغة ⁦XLSX⁩ أو ⁦CSV⁩.</translation>
        </message>
        <message>
            <source>{file} is the team's key file, not a survey export: keep it private.</source>
            <translation>‏{file} ملفّ مفتاح الفريق، وليس ملفّ تصدير لاستبيان: أبقِه سرّيًّا.</translation>
        </message>
        <message>
            <source>{file} is a bundle of changes (an encrypted Majlis file), not a survey export.</source>
            <translation>‏{file} حزمة تغييرات (ملفّ مشفّر من ⁦Majlis⁩)، وليس ملفّ تصدير لاستبيان.</translation>
        </message>
        <message>
            <source>{file} is a PDF, not a survey export.</source>
            <translation>‏{file} مستند ⁦PDF⁩، وليس ملفّ تصدير لاستبيان.</translation>
        </message>
        <message>
            <source>{file} is a database, not a survey export.</source>
            <translation>‏{file} قاعدة بيانات، وليس ملفّ تصدير لاستبيان.</translation>
        </message>
        <message>
            <source>{file} is the team file, not a survey export.</source>
            <translation>‏{file} ملفّ الفريق، وليس ملفّ تصدير لاستبيان.</translation>
        </message>
        <message>
            <source>{file} is a team update, not a survey export.</source>
            <translation>‏{file} تحديث للفريق، وليس ملفّ تصدير لاستبيان.</translation>
        </message>
        <message>
            <source>The file {file} mixes text encodings (line {line} is not UTF-8 but other lines are). Save it again as UTF-8 and import it again.</source>
            <translation>يخلط الملفّ {file} بين ترميزين للمحارف (السطر {line} ليس ⁦UTF-8⁩ بينما أسطر أخرى بترميز ⁦UTF-8⁩). احفظه من جديد بترميز ⁦UTF-8⁩ ثمّ استورده.</translation>
        </message>
        <message>
            <source>{file} was imported before: every response in it is already in the survey “{title}”. Nothing was imported.</source>
            <translation>سبق استيراد {file}: كل إجابة فيه موجودة أصلاً في المسح «{title}». لم يُستورد شيء.</translation>
        </message>
    </context>
    <context>
        <name>SurveyImportDialog</name>
        <message>
            <source>The survey could not be imported.</source>
            <translation>تعذّر استيراد المسح.</translation>
        </message>
        <message>
            <source>Import a survey</source>
            <translation>استيراد مسح</translation>
        </message>
        <message>
            <source>Survey &amp;export (XLSX or CSV)</source>
            <translation>&amp;ملف المسح المُصدَّر (⁦XLSX⁩ أو ⁦CSV⁩)</translation>
        </message>
        <message>
            <source>X&amp;LSForm (the form's .xlsx)</source>
            <translation>‏⁦XLSForm⁩ (ملف الاستمارة ب&amp;صيغة ⁦xlsx⁩)</translation>
        </message>
        <message>
            <source>Survey export</source>
            <translation>ملف المسح المُصدَّر</translation>
        </message>
        <message>
            <source>XLSForm</source>
            <translation>‏⁦XLSForm⁩</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختر…</translation>
        </message>
        <message>
            <source>Choose the survey export</source>
            <translation>اختر ملف المسح المُصدَّر</translation>
        </message>
        <message>
            <source>Choose the XLSForm</source>
            <translation>اختر ملف ⁦XLSForm⁩</translation>
        </message>
        <message>
            <source>&amp;Questions to import</source>
            <translation>&amp;الأسئلة المراد استيرادها</translation>
        </message>
        <message>
            <source>Questions to import</source>
            <translation>الأسئلة المراد استيرادها</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>تحديد ال&amp;كل</translation>
        </message>
        <message>
            <source>Select &amp;none</source>
            <translation>إ&amp;لغاء تحديد الجميع</translation>
        </message>
        <message>
            <source>&amp;Keep identifying columns (names, phones, locations, who submitted)</source>
            <translation>الإب&amp;قاء على الأعمدة المُعرِّفة (الأسماء، الهواتف، المواقع، من أرسل)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>%1 (identifying)</source>
            <translation>‏%1 (مُعرِّف)</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>الكردية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message numerus="yes">
            <source>%n answer label(s) missing in %1 (list %2); another language is shown.</source>
            <translation>
                <numerusform>لا تنقص أي تسمية إجابة في %1 (القائمة %2).</numerusform>
                <numerusform>تسمية إجابة واحدة ناقصة في %1 (القائمة %2)؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>تسميتان من تسميات الإجابات ناقصتان في %1 (القائمة %2)؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>‏%n تسميات إجابات ناقصة في %1 (القائمة %2)؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>‏%n تسمية إجابة ناقصة في %1 (القائمة %2)؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>‏%n تسمية إجابة ناقصة في %1 (القائمة %2)؛ تُعرض لغة أخرى.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question label(s) missing in %1; another language is shown.</source>
            <translation>
                <numerusform>لا تنقص أي تسمية سؤال في %1.</numerusform>
                <numerusform>تسمية سؤال واحدة ناقصة في %1؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>تسميتان من تسميات الأسئلة ناقصتان في %1؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>‏%n تسميات أسئلة ناقصة في %1؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>‏%n تسمية سؤال ناقصة في %1؛ تُعرض لغة أخرى.</numerusform>
                <numerusform>‏%n تسمية سؤال ناقصة في %1؛ تُعرض لغة أخرى.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n response(s) read</source>
            <translation>
                <numerusform>لم تُقرأ أي إجابة</numerusform>
                <numerusform>قُرئت إجابة واحدة</numerusform>
                <numerusform>قُرئت إجابتان</numerusform>
                <numerusform>قُرئت %n إجابات</numerusform>
                <numerusform>قُرئت %n إجابة</numerusform>
                <numerusform>قُرئت %n إجابة</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping the import…</source>
            <translation>جارٍ إيقاف الاستيراد…</translation>
        </message>
        <message>
            <source>Survey exports (*.xlsx *.csv)</source>
            <translation>ملفات المسح المُصدَّرة ‎(*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>XLSForms (*.xlsx *.xls)</source>
            <translation>استمارات ⁦XLSForm⁩ ‎(*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Choose at least one question to import.</source>
            <translation>اختر سؤالًا واحدًا على الأقل للاستيراد.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>The survey file cannot be read.</source>
            <translation>تعذّرت قراءة ملف المسح.</translation>
        </message>
    </context>
    <context>
        <name>SurveyTab</name>
        <message>
            <source>&amp;Survey</source>
            <translation>الاستبيا&amp;ن</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>الس&amp;ؤال</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>&amp;حسب</translation>
        </message>
        <message>
            <source>Ans&amp;wers that support</source>
            <translation>الإجابات ال&amp;مؤيّدة</translation>
        </message>
        <message>
            <source>&amp;In</source>
            <translation>&amp;في</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>ال&amp;توصية</translation>
        </message>
        <message>
            <source>all respondents</source>
            <translation>كلّ المستجيبين</translation>
        </message>
        <message>
            <source>governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>&amp;Link this figure to the recommendation</source>
            <translation>ا&amp;ربط هذا الرقم بالتوصية</translation>
        </message>
        <message>
            <source>Import a survey &amp;export…</source>
            <translation>استيراد ملف م&amp;سح مُصدَّر…</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>الإجابات</translation>
        </message>
        <message>
            <source>Imported. Responses: %1; questions: %2; identifying columns left out: %3.</source>
            <translation>اكتمل الاستيراد. الإجابات: %1؛ الأسئلة: %2؛ الأعمدة المُعرِّفة المتروكة: %3.</translation>
        </message>
        <message>
            <source>No survey yet. Import a survey export (KoboToolbox or ODK) to see its answers here.</source>
            <translation>لا يوجد مسح بعد. استورد ملف مسح مُصدَّرًا (من ⁦KoboToolbox⁩ أو ⁦ODK⁩) لترى إجاباته هنا.</translation>
        </message>
        <message>
            <source>%1 (imported %2, n = %3)</source>
            <translation>‏%1 (استُورد في %2، n = %3)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>n</source>
            <translation>العدد</translation>
        </message>
        <message>
            <source>Choose a recommendation and the answers that count as support.</source>
            <translation>اختر توصية والإجابات التي تُعدّ تأييدًا.</translation>
        </message>
        <message>
            <source>Linked.</source>
            <translation>رُبط.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>ا&amp;ستورد حزمًا…</translation>
        </message>
        <message>
            <source>Team &amp;key file…</source>
            <translation>ملفّ م&amp;فتاح الفريق…</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;ألغِ</translation>
        </message>
        <message>
            <source>Drop bundle files or a folder (a USB stick) here to import them, whatever their name.</source>
            <translation>أفلت ملفّات الحزم أو مجلّدًا (ذاكرة ⁦USB⁩) هنا لاستيرادها، أيًّا كان اسمها.</translation>
        </message>
        <message>
            <source>&amp;Devices and changes received:</source>
            <translation>الأجهزة وال&amp;تغييرات المستلمة:</translation>
        </message>
        <message>
            <source>Team key: {path}</source>
            <translation>مفتاح الفريق: {path}</translation>
        </message>
        <message>
            <source>Team key: none chosen (needed to import)</source>
            <translation>مفتاح الفريق: لم يُختر (مطلوب للاستيراد)</translation>
        </message>
        <message>
            <source>Receive and merge (coordinator)</source>
            <translation>الاستلام والدمج (المنسّق)</translation>
        </message>
        <message>
            <source>Reading the team key file…</source>
            <translation>جارٍ قراءة ملفّ مفتاح الفريق…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>استورد مجلّدًا…</translation>
        </message>
        <message>
            <source>Exporting a bundle, applying a team update and resolving a conflict wait until the import has finished.</source>
            <translation>تصدير حزمة وتطبيق تحديث الفريق وحلّ التعارضات تنتظر كلها انتهاء الاستيراد.</translation>
        </message>
        <message>
            <source>Exporting a bundle, publishing a team update, approving or rejecting a device and resolving a conflict wait until the import has finished.</source>
            <translation>تصدير حزمة ونشر تحديث الفريق واعتماد جهاز أو رفضه وحلّ التعارضات تنتظر كلها انتهاء الاستيراد.</translation>
        </message>
        <message>
            <source>The centre's roster names this laptop a coordinator: bundles are merged here with the team key file exported at the centre. Laptops are approved at the centre; a bundle of a laptop that no team update has named yet waits here until one does.</source>
            <translation>هذا الحاسوب منسّق بين الأجهزة المعتمدة لدى المركز: تُدمج الحزم هنا بملفّ مفتاح الفريق الذي صُدِّر في المركز. تُعتمد الحواسيب في المركز؛ وحزمة الحاسوب الذي لم يذكره أي تحديث للفريق بعد تنتظر هنا حتى يذكره تحديث.</translation>
        </message>
        <message>
            <source>Res&amp;ults:</source>
            <translation>ال&amp;نتائج:</translation>
        </message>
        <message>
            <source>What each bundle exported or imported and each team update did is listed here.</source>
            <translation>هنا تظهر نتيجة كل حزمة تُصدَّر أو تُستورَد وكل تحديث للفريق يُطبَّق.</translation>
        </message>
        <message>
            <source>Team key: kept in this database</source>
            <translation>مفتاح الفريق: محفوظ في قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>استيراد حزم</translation>
        </message>
        <message>
            <source>Choose team key file</source>
            <translation>اختر ملفّ مفتاح الفريق</translation>
        </message>
        <message>
            <source>Import a folder of bundles</source>
            <translation>استيراد مجلّد من الحزم</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>ألغِ الاستيراد</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>نتائج الاستيراد</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>الأجهزة</translation>
        </message>
        <message>
            <source>What the last import did</source>
            <translation>نتيجة آخر استيراد</translation>
        </message>
        <message>
            <source>Devices on the roster: {devices}; with changes missing: {missing}; nothing received yet: {silent}.</source>
            <translation>الأجهزة المعتمدة: {devices}؛ التي تنقصها تغييرات: {missing}؛ التي لم يصل منها شيء بعد: {silent}.</translation>
        </message>
        <message>
            <source>The files dropped were not taken: an import is running. Drop them again once it has finished.</source>
            <translation>لم تُؤخذ الملفات التي أُفلتت: هناك استيراد قيد التشغيل. أفلتها مرة أخرى بعد انتهائه.</translation>
        </message>
        <message>
            <source>Team key file</source>
            <translation>ملفّ مفتاح الفريق</translation>
        </message>
        <message>
            <source>Key files (*)</source>
            <translation>ملفّات المفاتيح (*)</translation>
        </message>
        <message>
            <source>All files (*);;Majlis bundles (*.majlis)</source>
            <translation>كلّ الملفّات (*);;حزم مجلس ‎(*.majlis)</translation>
        </message>
        <message>
            <source>Team key file: {reason}</source>
            <translation>ملفّ مفتاح الفريق: {reason}</translation>
        </message>
        <message>
            <source>Team key file: its passphrase was not given, so no bundle was imported.</source>
            <translation>ملفّ مفتاح الفريق: لم تُكتب عبارة مروره، فلم تُستورد أيّ حزمة.</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <source>Something went wrong; nothing was changed.</source>
            <translation>حدث خطأ؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>فشل: {reason}</translation>
        </message>
        <message>
            <source>{file} could not be read, so the import stopped after the team updates above were applied; no bundle was read. Import the files again once this is put right.</source>
            <translation>تعذّرت قراءة {file}، فتوقّف الاستيراد بعد تطبيق تحديثات الفريق أعلاه؛ لم تُقرأ أيّ حزمة. استورد الملفّات مجدّدًا بعد إصلاح ذلك.</translation>
        </message>
        <message>
            <source>The import stopped after the team updates above were applied, while the team key file was read: {reason} No bundle was read.</source>
            <translation>توقّف الاستيراد بعد تطبيق تحديثات الفريق أعلاه، أثناء قراءة ملفّ مفتاح الفريق: {reason} لم تُقرأ أيّ حزمة.</translation>
        </message>
        <message>
            <source>The import stopped after the team updates above were applied, before any bundle was read: {reason} Import the files again once this is put right.</source>
            <translation>توقّف الاستيراد بعد تطبيق تحديثات الفريق أعلاه، قبل قراءة أيّ حزمة: {reason} استورد الملفّات مجدّدًا بعد إصلاح ذلك.</translation>
        </message>
        <message>
            <source>{file}: imported (new changes: {changes}, conflicts: {conflicts})</source>
            <translation>‏{file}: استُورد (التغييرات الجديدة: {changes}، التعارضات: {conflicts})</translation>
        </message>
        <message>
            <source>{file}: already present (signed by the key of device {device}, revoked since it was imported; nothing was changed)</source>
            <translation>‏{file}: موجودة من قبل (موقّعة بمفتاح الجهاز {device}، الذي سُحب اعتماده بعد استيرادها؛ لم يتغيّر شيء)</translation>
        </message>
        <message>
            <source>{file}: already present</source>
            <translation>‏{file}: موجودة من قبل</translation>
        </message>
        <message>
            <source>{file}: already waiting for approval (a new key of device {device}, revoked on the roster)</source>
            <translation>‏{file}: تنتظر الاعتماد أصلًا (مفتاح جديد للجهاز {device}، المسحوب اعتماده من الأجهزة المعتمدة)</translation>
        </message>
        <message>
            <source>{file}: held for approval (a new key of device {device}, revoked on the roster: compare its fingerprint with the facilitator, then approve or reject it)</source>
            <translation>‏{file}: محجوزة بانتظار الاعتماد (مفتاح جديد للجهاز {device}، المسحوب اعتماده من الأجهزة المعتمدة: قارن بصمة مفتاحه مع الميسّر، ثم اعتمده أو ارفضه)</translation>
        </message>
        <message>
            <source>{file}: already waiting for approval (device {device} is not on the roster)</source>
            <translation>‏{file}: تنتظر الاعتماد أصلًا (الجهاز {device} ليس من الأجهزة المعتمدة)</translation>
        </message>
        <message>
            <source>{file}: held for approval (device {device} is not on the roster)</source>
            <translation>‏{file}: محجوزة بانتظار الاعتماد (الجهاز {device} ليس من الأجهزة المعتمدة)</translation>
        </message>
        <message>
            <source>{file}: refused: {reason}</source>
            <translation>‏{file}: رُفضت: {reason}</translation>
        </message>
        <message>
            <source>If the laptop wrote this file before it was lost, select the laptop under Devices on the roster and press “{button}”.</source>
            <translation>إن كان الحاسوب قد كتب هذا الملفّ قبل فقده، فحدّده تحت الأجهزة المعتمدة واضغط «{button}».</translation>
        </message>
        <message>
            <source>{file}: team update {number} applied (rows changed: {changed})</source>
            <translation>‏{file}: طُبِّق تحديث الفريق رقم {number} (الصفوف المتغيّرة: {changed})</translation>
        </message>
        <message>
            <source>Codes made on this laptop that the centre merged into others or deleted: {count}. Their codings were moved or deleted with them.</source>
            <translation>رموز أُنشئت على هذا الحاسوب ثم دمجها المركز في رموز أخرى أو حذفها: {count}. نُقلت مقاطعها المرمَّزة أو حُذفت معها.</translation>
        </message>
        <message>
            <source>This laptop's codings with codes the centre deleted: {count}, deleted with them.</source>
            <translation>ترميزات هذا الحاسوب برموز حذفها المركز: {count}، حُذفت معها.</translation>
        </message>
        <message>
            <source>This laptop's codings with codes the centre merged into others: {count}, moved to those codes.</source>
            <translation>ترميزات هذا الحاسوب برموز دمجها المركز في غيرها: {count}، نُقلت إلى تلك الرموز.</translation>
        </message>
        <message>
            <source>A new version of the consent form: new consents use it; consents already taken keep the version signed. Participants to ask again: {count}.</source>
            <translation>نسخة جديدة من استمارة الموافقة: تُستخدم للموافقات الجديدة، والموافقات المأخوذة سابقاً تبقى على النسخة التي وُقِّعت. المشاركون الذين يُطلب منهم التوقيع مجدداً: {count}.</translation>
        </message>
        <message>
            <source>The centre made a new team key: this laptop's next bundles are encrypted to it.</source>
            <translation>صنع المركز مفتاحًا جديدًا للفريق: تُشفَّر الحزم التالية من هذا الحاسوب له.</translation>
        </message>
        <message>
            <source>The centre's roster now names this laptop a coordinator: it receives and merges bundles (Receive and merge, below).</source>
            <translation>صار هذا الحاسوب منسّقًا بين الأجهزة المعتمدة لدى المركز: يستلم الحزم ويدمجها (الاستلام والدمج، أدناه).</translation>
        </message>
        <message>
            <source>The centre's roster no longer names this laptop a coordinator: bundles are no longer merged here.</source>
            <translation>لم يعد هذا الحاسوب منسّقًا بين الأجهزة المعتمدة لدى المركز: لم تعد الحزم تُدمج هنا.</translation>
        </message>
        <message>
            <source>{file}: skipped: this centre's own team update, written here for the laptops (the centre does not apply team updates).</source>
            <translation>‏{file}: تم تخطّيه: هذا تحديث الفريق الذي كتبه هذا المركز للحواسيب المحمولة (المركز لا يطبّق تحديثات الفريق).</translation>
        </message>
        <message>
            <source>{file}: sent from this laptop, for the centre to merge; nothing to do here.</source>
            <translation>‏{file}: أرسلها هذا الحاسوب ليدمجها المركز؛ لا شيء يُفعل بها هنا.</translation>
        </message>
        <message>
            <source>{file}: no team update in this folder or its subfolders; nothing was changed.</source>
            <translation>‏{file}: لا يوجد تحديث للفريق في هذا المجلد ولا في مجلداته الفرعية؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>{file}: already applied: team update {number} is the one applied here; nothing was changed.</source>
            <translation>‏{file}: مطبَّق من قبل: تحديث الفريق رقم {number} هو المطبَّق هنا؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>{file}: not applied: team update {number} is older than the one already applied here (team update {applied}); nothing was changed.</source>
            <translation>‏{file}: لم يُطبَّق: تحديث الفريق رقم {number} أقدم من التحديث المطبَّق هنا (تحديث الفريق رقم {applied})؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>{file}: discarded: device {device} was rejected</source>
            <translation>‏{file}: حُذفت: رُفض الجهاز {device}</translation>
        </message>
        <message>
            <source>{file}: imported when device {device} was approved (new changes: {changes}, conflicts: {conflicts})</source>
            <translation>‏{file}: استُوردت عند اعتماد الجهاز {device} (التغييرات الجديدة: {changes}، التعارضات: {conflicts})</translation>
        </message>
        <message>
            <source>{file}: refused when device {device} was approved: {reason}</source>
            <translation>‏{file}: رُفضت عند اعتماد الجهاز {device}: {reason}</translation>
        </message>
        <message>
            <source>{file}: device {device} was approved; nothing new in it</source>
            <translation>‏{file}: اعتُمد الجهاز {device}؛ لا جديد فيها</translation>
        </message>
        <message>
            <source>{file}: not applied yet: a team update put device {device} on the roster, but applying its bundles stopped before this one. The next team update applies it.</source>
            <translation>‏{file}: لم تُطبَّق بعد: جعل تحديثُ فريقٍ الجهازَ {device} من الأجهزة المعتمدة، لكنّ تطبيق حزمه توقّف قبل هذه الحزمة. يطبّقها تحديث الفريق التالي.</translation>
        </message>
        <message>
            <source>{file}: not applied yet: device {device} is on the roster, but applying its bundles stopped before this one. Once this is put right, select the device among the devices waiting and press Approve again.</source>
            <translation>‏{file}: لم تُطبَّق بعد: الجهاز {device} من الأجهزة المعتمدة، لكنّ تطبيق حزمه توقّف قبل هذه الحزمة. بعد إصلاح ذلك، اختر الجهاز من بين الأجهزة المنتظرة واضغط «اعتمد» مرّة أخرى.</translation>
        </message>
        <message>
            <source>Applying the bundles held for the devices it put on the roster stopped: {reason} Bundles applied before it: {applied} of {total}. The others stay held and are applied with the next team update, once this is put right.</source>
            <translation>توقّف تطبيق الحزم المحجوزة للأجهزة التي جعلها من الأجهزة المعتمدة: {reason} الحزم المطبَّقة قبل ذلك: {applied} من {total}. تبقى الحزم الأخرى محجوزة وتُطبَّق مع تحديث الفريق التالي، بعد إصلاح ذلك.</translation>
        </message>
    </context>
    <context>
        <name>SyncedFolder</name>
        <message>
            <source>This database is in a folder that {service} keeps in sync. A sync can copy the database while Majlis is writing it, or keep two versions of it, and work is lost. Keep the database in the Majlis data folder ({folder}) and send bundles to share work.</source>
            <translation>قاعدة البيانات هذه في مجلّد يزامنه {service}. قد تنسخ المزامنة قاعدة البيانات بينما يكتب فيها مجلس، أو تُبقي نسختين منها، فيضيع العمل. احفظ قاعدة البيانات في مجلّد بيانات مجلس ({folder}) وأرسل الحزم لمشاركة العمل.</translation>
        </message>
    </context>
    <context>
        <name>TableSection</name>
        <message>
            <source>Remove selected</source>
            <translation>أزِل المحدَّد</translation>
        </message>
        <message>
            <source>Remove the selected row (%1)?</source>
            <translation>هل تزيل الصفّ المحدّد (%1)؟</translation>
        </message>
        <message>
            <source>Remove a row</source>
            <translation>إزالة صفّ</translation>
        </message>
    </context>
    <context>
        <name>TeamKeyExport</name>
        <message>
            <source>Export team ke&amp;y…</source>
            <translation>صدّر مفتاح الفريق لمنسّق &amp;ثانٍ…</translation>
        </message>
        <message>
            <source>Export team key for a second coordinator</source>
            <translation>تصدير مفتاح الفريق لمنسّق ثانٍ</translation>
        </message>
        <message>
            <source>For a second coordinator: the team key file, protected by a passphrase, with which their laptop merges bundles.</source>
            <translation>لمنسّق ثانٍ: ملفّ مفتاح الفريق، محميًّا بعبارة مرور، يدمج به حاسوبه الحزم.</translation>
        </message>
        <message>
            <source>Export team key</source>
            <translation>تصدير مفتاح الفريق</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كلّ الملفّات (*)</translation>
        </message>
        <message>
            <source>Team key written, protected by its passphrase: {file}. For a second coordinator: their laptop joins the team with the team file (never a copy of this database: only this one publishes team updates), you approve it here as a coordinator and publish a team update, and it merges bundles with this file.</source>
            <translation>كُتب مفتاح الفريق محميًّا بعبارة مروره: {file}. لمنسّق ثانٍ: ينضمّ حاسوبه إلى الفريق بملفّ الفريق (لا بنسخة من قاعدة البيانات هذه أبدًا: هي وحدها تنشر تحديثات الفريق)، وتعتمده أنت هنا منسّقًا وتنشر تحديث فريق، ثم يدمج الحزم بهذا الملفّ.</translation>
        </message>
    </context>
    <context>
        <name>TeamKeyView</name>
        <message>
            <source>Team: %1</source>
            <translation>الفريق: %1</translation>
        </message>
        <message>
            <source>Fingerprint of the team's key:</source>
            <translation>بصمة مفتاح الفريق:</translation>
        </message>
        <message>
            <source>Call your coordinator and compare this fingerprint with theirs, group by group. Join only if every character is the same.</source>
            <translation>اتّصل بالمنسّق وقارن هذه البصمة ببصمته، مجموعةً مجموعة. لا تنضمّ إلّا إذا تطابق كلّ حرف.</translation>
        </message>
        <message>
            <source>The fingerprint &amp;matches the one my coordinator read out</source>
            <translation>البصمة مطابقة لما &amp;قرأه لي منسّقي</translation>
        </message>
        <message>
            <source>Fingerprint of the team's key</source>
            <translation>بصمة مفتاح الفريق</translation>
        </message>
    </context>
    <context>
        <name>TeamRowNote</name>
        <message>
            <source>Published by the centre: changes come from the coordinator in team updates.</source>
            <translation>نشره المركز: تصل تغييراته من المنسّق في تحديثات الفريق.</translation>
        </message>
    </context>
    <context>
        <name>TeamUpdates</name>
        <message>
            <source>&amp;Apply team update…</source>
            <translation>&amp;طبّق تحديث الفريق…</translation>
        </message>
        <message>
            <source>&amp;Publish team update…</source>
            <translation>ان&amp;شر تحديث الفريق…</translation>
        </message>
        <message>
            <source>Apply team update</source>
            <translation>طبّق تحديث الفريق</translation>
        </message>
        <message>
            <source>Publish team update</source>
            <translation>انشر تحديث الفريق</translation>
        </message>
        <message>
            <source>Join the team first, with the team file from your coordinator: a team update is applied only on a laptop in the team.</source>
            <translation>انضمّ إلى الفريق أوّلًا بملفّ الفريق الذي يعطيك إيّاه المنسّق: لا يُطبَّق تحديث الفريق إلا على حاسوب في الفريق.</translation>
        </message>
        <message>
            <source>All files (*);;Majlis bundles (*.majlis)</source>
            <translation>كلّ الملفّات (*);;حزم مجلس ‎(*.majlis)</translation>
        </message>
        <message>
            <source>Majlis bundles (*.majlis);;All files (*)</source>
            <translation>حزم مجلس ‎(*.majlis);;كلّ الملفّات (*)</translation>
        </message>
        <message>
            <source>Team update {number} written: {file}</source>
            <translation>كُتب تحديث الفريق رقم {number}: {file}</translation>
        </message>
        <message>
            <source>Nothing changed since team update {number}: the laptops that applied it get nothing new from this one.</source>
            <translation>لم يتغيّر شيء منذ تحديث الفريق {number}: الحواسيب التي طبّقته لن تحصل على شيء جديد من هذا التحديث.</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>New version of %1</source>
            <translation>إصدار جديد من %1</translation>
        </message>
        <message>
            <source>&amp;Add clause</source>
            <translation>&amp;أضف بندًا</translation>
        </message>
        <message>
            <source>&amp;Remove clause</source>
            <translation>أ&amp;زِل البند</translation>
        </message>
        <message>
            <source>&amp;Publish new version</source>
            <translation>&amp;انشر الإصدار الجديد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>Close the form editor</source>
            <translation>إغلاق محرّر الاستمارة</translation>
        </message>
        <message>
            <source>Close without publishing? What was typed in the form is not kept.</source>
            <translation>أتُغلق دون نشر؟ ما كُتب في الاستمارة لن يُحفظ.</translation>
        </message>
        <message>
            <source>%1 (read only)</source>
            <translation>‏%1 (للقراءة فقط)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>أغلق</translation>
        </message>
        <message>
            <source>Clause to add</source>
            <translation>البند المراد إضافته</translation>
        </message>
        <message>
            <source>The form in %1 has text but no title, so it would not be published in that language: give it a title, or empty its tab.</source>
            <translation>للاستمارة بـ%1 نصّ بلا عنوان، فلن تُنشر بهذه اللغة: أعطها عنوانًا، أو أفرغ تبويب هذه اللغة.</translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>لم يُنشر: %1</translation>
        </message>
        <message>
            <source>Publish new version</source>
            <translation>انشر الإصدار الجديد</translation>
        </message>
        <message>
            <source>This database was restored from a backup, and no laptop's bundle has been imported since: a version published now may get the number of a version the laptops already hold. Import the laptops' latest bundles first. Publish anyway? If you answer Yes, you will not be asked again.</source>
            <translation>استُعيدت قاعدة البيانات هذه من نسخة احتياطية، ولم تُستورد منذ ذلك الحين أيّ حزمة من حاسوب: قد يأخذ إصدارٌ يُنشر الآن رقمَ إصدارٍ تحمله الحواسيب من قبل. استورد أحدث حزم الحواسيب أوّلًا. هل تريد النشر مع ذلك؟ إن أجبت بنعم فلن يُطرح عليك هذا السؤال مرة أخرى.</translation>
        </message>
        <message>
            <source>Give the form a title in at least one language.</source>
            <translation>أعطِ الاستمارة عنوانًا بلغة واحدة على الأقلّ.</translation>
        </message>
        <message>
            <source>The form needs the 'participate' clause.</source>
            <translation>تحتاج الاستمارة إلى بند «المشاركة».</translation>
        </message>
        <message>
            <source>A clause appears twice.</source>
            <translation>أحد البنود مكرّر.</translation>
        </message>
        <message>
            <source>Every clause needs its text.</source>
            <translation>يحتاج كلّ بند إلى نصّه.</translation>
        </message>
        <message>
            <source>Unknown clause.</source>
            <translation>بند غير معروف.</translation>
        </message>
        <message>
            <source>The form needs at least one clause.</source>
            <translation>تحتاج الاستمارة إلى بند واحد على الأقلّ.</translation>
        </message>
        <message>
            <source>This form is the team's: its new versions are published at the centre and reach this laptop in team updates (ask your coordinator).</source>
            <translation>هذه الاستمارة للفريق: تُنشر نسخها الجديدة في المركز وتصل إلى هذا الحاسوب في تحديثات الفريق (اسأل منسّقك).</translation>
        </message>
        <message>
            <source>Every language needs the same clauses, each required or not alike: compare the tabs.</source>
            <translation>يجب أن تضم كل لغة البنود نفسها، والبند الإلزامي إلزامي فيها كلها: قارن بين تبويبات اللغات.</translation>
        </message>
        <message>
            <source>This form already has the highest version number a bundle can carry: no further version can be published. Ask your coordinator.</source>
            <translation>بلغت هذه الاستمارة أعلى رقم إصدار يمكن أن تحمله الحزمة: لا يمكن نشر إصدار آخر. اسأل منسّقك.</translation>
        </message>
        <message>
            <source>The form could not be published.</source>
            <translation>تعذّر نشر الاستمارة.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>HH:MM</source>
            <translation>ساعة:دقيقة</translation>
        </message>
    </context>
    <context>
        <name>TranscriptPanel</name>
        <message>
            <source>&amp;Speaker:</source>
            <translation>&amp;المتحدّث:</translation>
        </message>
        <message>
            <source>Speaker of the current turn</source>
            <translation>متحدّث المداخلة الحالية</translation>
        </message>
        <message>
            <source>Import te&amp;xt…</source>
            <translation>استورد &amp;نصًّا…</translation>
        </message>
        <message>
            <source>Add turns typed elsewhere: a text file or pasted text</source>
            <translation>أضف مداخلات كُتبت في مكان آخر: ملفّ نصّي أو نصّ ملصق</translation>
        </message>
        <message>
            <source>Stamp &amp;time</source>
            <translation>أدرج ال&amp;وقت</translation>
        </message>
        <message>
            <source>Ctrl+T: the time elapsed since the session started</source>
            <translation>‏⁦Ctrl+T⁩: الوقت المنقضي منذ بدء الجلسة</translation>
        </message>
        <message>
            <source>Stamp the elapsed time on this turn</source>
            <translation>أدرج الوقت المنقضي في هذه المداخلة</translation>
        </message>
        <message>
            <source>&amp;New turn</source>
            <translation>&amp;مداخلة جديدة</translation>
        </message>
        <message>
            <source>Ctrl+Enter: a new turn with the same speaker</source>
            <translation>‏⁦Ctrl+Enter⁩: مداخلة جديدة للمتحدّث نفسه</translation>
        </message>
        <message>
            <source>Delete turn</source>
            <translation>احذف المداخلة</translation>
        </message>
        <message>
            <source>Delete the current turn</source>
            <translation>احذف المداخلة الحالية</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Delete (Delete in the list of turns): delete the current turn</source>
            <translation>‏⁦Ctrl+Shift+Delete⁩ (أو ⁦Delete⁩ في قائمة المداخلات): احذف المداخلة الحالية</translation>
        </message>
        <message>
            <source>Transcript turns</source>
            <translation>مداخلات النصّ المفرّغ</translation>
        </message>
        <message>
            <source>Text of the current turn</source>
            <translation>نصّ المداخلة الحالية</translation>
        </message>
        <message>
            <source>Ctrl+1…9: participant in that seat, Ctrl+0: facilitator. At the end of the text this starts a new turn for that speaker; inside the text it re-assigns the turn. Enter: new paragraph. Ctrl+Enter: new turn. Ctrl+T: time stamp. Alt+↑/↓: previous/next turn.</source>
            <translation>‏⁦Ctrl+1…9⁩: المشارك الجالس في ذلك المقعد، ⁦Ctrl+0⁩: الميسّر. في نهاية النصّ تبدأ مداخلة جديدة لذلك المتحدّث؛ وداخل النصّ تُسنَد المداخلة إليه. ⁦Enter⁩: فقرة جديدة. ⁦Ctrl+Enter⁩: مداخلة جديدة. ⁦Ctrl+T⁩: ختم الوقت. ⁦Alt+↑/↓⁩: المداخلة السابقة/التالية.</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Delete: delete the turn.</source>
            <translation>‏⁦Ctrl+Shift+Delete⁩: احذف المداخلة.</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Enter: split the turn at the cursor. Ctrl+Shift+Backspace: merge with the previous turn.</source>
            <translation>‏⁦Ctrl+Shift+Enter⁩: اقسم المداخلة عند المؤشر. ⁦Ctrl+Shift+Backspace⁩: ادمجها مع المداخلة السابقة.</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>الاختصارات</translation>
        </message>
        <message>
            <source>Show or hide the keyboard shortcuts of the transcript</source>
            <translation>إظهار اختصارات لوحة المفاتيح للنصّ المفرّغ أو إخفاؤها</translation>
        </message>
        <message>
            <source>Facilitator (Ctrl+0)</source>
            <translation>الميسّر (⁦Ctrl+0⁩)</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>‏%1 (⁦Ctrl+%2⁩)</translation>
        </message>
        <message>
            <source>%1 — no consent</source>
            <translation>‏%1 — بلا موافقة</translation>
        </message>
        <message>
            <source>No participant sits in seat %1.</source>
            <translation>لا يجلس أيّ مشارك في المقعد %1.</translation>
        </message>
        <message>
            <source>%1 has no recorded consent and cannot be given speech. Record consent first.</source>
            <translation>ليس للمشارك %1 موافقة مسجّلة، فلا يمكن إعطاؤه مداخلة. سجّل الموافقة أوّلًا.</translation>
        </message>
        <message>
            <source>Record consent for %1…</source>
            <translation>سجّل موافقة %1…</translation>
        </message>
        <message>
            <source>This turn is hidden (consent withdrawn) and cannot be changed.</source>
            <translation>هذه المداخلة مخفيّة (سُحبت الموافقة) ولا يمكن تغييرها.</translation>
        </message>
        <message>
            <source>New turn: %1</source>
            <translation>مداخلة جديدة: %1</translation>
        </message>
        <message>
            <source>Speaker of this turn: %1</source>
            <translation>متحدّث هذه المداخلة: %1</translation>
        </message>
        <message>
            <source>Delete a turn</source>
            <translation>حذف مداخلة</translation>
        </message>
        <message>
            <source>Delete this turn and everything typed in it?</source>
            <translation>هل تحذف هذه المداخلة وكلّ ما كُتب فيها؟</translation>
        </message>
    </context>
    <context>
        <name>TurnActions</name>
        <message>
            <source>Turn actions</source>
            <translation>إجراءات المداخلة</translation>
        </message>
        <message>
            <source>Stamp time, new turn, delete turn, shortcuts</source>
            <translation>أدرج الوقت، مداخلة جديدة، احذف المداخلة، الاختصارات</translation>
        </message>
    </context>
    <context>
        <name>TurnJoins</name>
        <message>
            <source>This is the first turn: there is no turn before it to merge with.</source>
            <translation>هذه هي المداخلة الأولى: لا توجد مداخلة قبلها لدمجها معها.</translation>
        </message>
        <message>
            <source>Merged with the previous turn. Ctrl+Z undoes it.</source>
            <translation>‏دُمجت مع المداخلة السابقة. ⁦Ctrl+Z⁩ يتراجع عن ذلك.</translation>
        </message>
        <message>
            <source>Put the cursor where the new turn begins, between the words of this turn.</source>
            <translation>ضع المؤشر حيث تبدأ المداخلة الجديدة، بين كلمات هذه المداخلة.</translation>
        </message>
        <message>
            <source>Turn split. Give the new turn its speaker with Ctrl+0…9; Ctrl+Z undoes the split.</source>
            <translation>‏قُسمت المداخلة. حدّد متحدّث المداخلة الجديدة بـ ⁦Ctrl+0…9⁩؛ ⁦Ctrl+Z⁩ يتراجع عن القسمة.</translation>
        </message>
        <message>
            <source>Merge undone.</source>
            <translation>أُلغي الدمج.</translation>
        </message>
        <message>
            <source>Split undone.</source>
            <translation>أُلغيت القسمة.</translation>
        </message>
        <message>
            <source>Merge with the previous turn</source>
            <translation>الدمج مع المداخلة السابقة</translation>
        </message>
        <message>
            <source>These two turns have different speakers. Merge them? The words of %2 become part of the turn of %1.</source>
            <translation>لهاتين المداخلتين متحدّثان مختلفان. أتريد دمجهما؟ تصبح كلمات ⁦%2⁩ جزءاً من مداخلة ⁦%1⁩.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;دمج</translation>
        </message>
        <message>
            <source>The cursor is inside coded words: split the turn before or after them.</source>
            <translation>المؤشر داخل كلمات مرمَّزة: اقسم المداخلة قبلها أو بعدها.</translation>
        </message>
        <message>
            <source>These turns were changed elsewhere meanwhile: nothing was merged or split.</source>
            <translation>تغيّرت هذه المداخلات في مكان آخر في هذه الأثناء: لم يُدمج شيء ولم يُقسم.</translation>
        </message>
    </context>
    <context>
        <name>TurnsModel</name>
        <message>
            <source>Speaker</source>
            <translation>المتحدّث</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>This participant withdrew consent: their speech is hidden and cannot be edited.</source>
            <translation>سحب هذا المشارك موافقته: مداخلاته مخفيّة ولا يمكن تعديلها.</translation>
        </message>
    </context>
    <context>
        <name>UnlockReasonDialog</name>
        <message>
            <source>Unlock session</source>
            <translation>فتح قفل الجلسة</translation>
        </message>
        <message>
            <source>Why does this final session need to change? The reason is kept in the audit trail.</source>
            <translation>لماذا يلزم تعديل هذه الجلسة النهائية؟ يُحفظ السبب في سجلّ التدقيق.</translation>
        </message>
        <message>
            <source>Reason for unlocking</source>
            <translation>سبب فتح القفل</translation>
        </message>
    </context>
    <context>
        <name>UnlockWidget</name>
        <message>
            <source>Wrong passphrase. Check the keyboard language and Caps Lock, and try again.</source>
            <translation>عبارة المرور غير صحيحة. تحقّق من لغة لوحة المفاتيح ومن مفتاح ⁦Caps Lock⁩، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Majlis. Update Majlis to open it.</source>
            <translation>أُنشئت قاعدة البيانات هذه بإصدار أحدث من برنامج مجلس. حدّث البرنامج لتتمكّن من فتحها.</translation>
        </message>
        <message>
            <source>The passphrase is right, but this database file is damaged (cut short or corrupted). Keep it as it is and ask whoever helps you to restore a backup.</source>
            <translation>عبارة المرور صحيحة، لكن ملف قاعدة البيانات هذا تالف (ناقص أو معطوب). احتفظ به كما هو واطلب ممن يساعدك استعادة نسخة احتياطية.</translation>
        </message>
        <message>
            <source>This file is not a Majlis database.</source>
            <translation>هذا الملفّ ليس قاعدة بيانات لبرنامج مجلس.</translation>
        </message>
        <message>
            <source>The database file was not found. It may have been moved or deleted.</source>
            <translation>لم يُعثر على ملفّ قاعدة البيانات. ربّما نُقل أو حُذف.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation>القرص ممتلئ. حرّر بعض المساحة ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>The database is in use by another program. Close it and try again.</source>
            <translation>قاعدة البيانات مستخدَمة من برنامج آخر. أغلقه ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder.</source>
            <translation>قاعدة البيانات موجودة على قرص أو مجلّد للقراءة فقط.</translation>
        </message>
        <message>
            <source>The database file is marked read-only (a copy from a CD or DVD keeps that mark), so nothing could be saved in it. Clear Read-only in the file's properties, or ask whoever helps you, and try again.</source>
            <translation>ملف قاعدة البيانات معلَّم «للقراءة فقط» (تحتفظ النسخة المأخوذة من قرص ⁦CD⁩ أو ⁦DVD⁩ بهذه العلامة)، فلا يمكن حفظ شيء فيه. أزِل علامة «للقراءة فقط» من خصائص الملف، أو اطلب ذلك ممن يساعدك، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>The database file was replaced or its passphrase was changed by another program. Nothing more was written to it. Close Majlis and open the database again.</source>
            <translation>استُبدل ملفّ قاعدة البيانات أو غُيّرت عبارة مروره من برنامج آخر. لم يُكتب فيه شيء بعد ذلك. أغلق برنامج مجلس ثم افتح قاعدة البيانات من جديد.</translation>
        </message>
        <message>
            <source>The database file is no longer where Majlis opened it: it was moved or deleted, or the USB stick it is on was taken out. Nothing more was written to it. Put it back, then close Majlis and open it again.</source>
            <translation>لم يعُد ملفّ قاعدة البيانات حيث فتحه برنامج مجلس: نُقل أو حُذف، أو أُخرجت ذاكرة ⁦USB⁩ التي عليها. لم يُكتب فيه شيء بعد ذلك. أعِده إلى مكانه، ثم أغلق برنامج مجلس وافتحه من جديد.</translation>
        </message>
        <message>
            <source>Another program is replacing this database or changing its passphrase. Try again when it has finished.</source>
            <translation>يستبدل برنامج آخر قاعدة البيانات هذه أو يغيّر عبارة مرورها. حاول مجدّدًا بعد أن ينتهي.</translation>
        </message>
        <message>
            <source>This database must be upgraded for this version of Majlis, and a backup of it is made first, but the backups folder beside it cannot be written to. Nothing was changed. Ask whoever helps you to make that folder writable, and try again.</source>
            <translation>يجب تحديث قاعدة البيانات هذه لتعمل مع هذا الإصدار من مجلس، وتُنشأ نسخة احتياطية منها أولًا، لكنّ مجلّد النسخ الاحتياطية المجاور لها لا تمكن الكتابة فيه. لم يتغيّر شيء. اطلب ممن يساعدك أن يجعل الكتابة في ذلك المجلّد ممكنة، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>This database must be upgraded for this version of Majlis, and a backup of it is made first, but a file stands where the backups folder goes, beside the database. Nothing was changed. Move or rename that file, and try again.</source>
            <translation>يجب تحديث قاعدة البيانات هذه لتعمل مع هذا الإصدار من مجلس، وتُنشأ نسخة احتياطية منها أولًا، لكن يوجد ملفّ حيث يوضع مجلّد النسخ الاحتياطية، بجانب قاعدة البيانات. لم يتغيّر شيء. انقل ذلك الملفّ أو غيّر اسمه، ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>This database must be upgraded for this version of Majlis, but another program has it open. Close the other program and try again.</source>
            <translation>يجب تحديث قاعدة البيانات هذه لتعمل مع هذا الإصدار من مجلس، لكنّ برنامجًا آخر يفتحها. أغلق البرنامج الآخر ثم حاول مجدّدًا.</translation>
        </message>
        <message>
            <source>The path of the database's folder is too long for Majlis to open it there (too many folders, or long folder names). Move the database to a folder with a shorter path, such as the Majlis data folder, and open it from there.</source>
            <translation>مسار مجلّد قاعدة البيانات أطول من أن يفتحها برنامج مجلس هناك (مجلّدات كثيرة، أو أسماء مجلّدات طويلة). انقل قاعدة البيانات إلى مجلّد مساره أقصر، مثل مجلّد بيانات مجلس، وافتحها من هناك.</translation>
        </message>
        <message>
            <source>The name of the database file is too long for Majlis to open it (the files it keeps beside the database would have longer names than the disk takes). Rename the database file to a shorter name, and open it again.</source>
            <translation>اسم ملفّ قاعدة البيانات أطول من أن يفتحه برنامج مجلس (فالملفّات التي يحفظها بجانب قاعدة البيانات ستكون أسماؤها أطول ممّا يقبله القرص). أعد تسمية ملفّ قاعدة البيانات باسم أقصر، ثم افتحه مرّة أخرى.</translation>
        </message>
        <message>
            <source>The path of the backups folder beside the database is too long for a backup to be made there (too many folders, or long folder names). Move the database to a folder with a shorter path, such as the Majlis data folder, and open it from there.</source>
            <translation>مسار مجلّد النسخ الاحتياطيّة بجانب قاعدة البيانات أطول من أن تُنشأ فيه نسخة احتياطيّة (مجلّدات كثيرة، أو أسماء مجلّدات طويلة). انقل قاعدة البيانات إلى مجلّد مساره أقصر، مثل مجلّد بيانات مجلس، وافتحها من هناك.</translation>
        </message>
        <message>
            <source>Majlis cannot write in the database's folder, %1: it writes a small file beside the database while it is open. Copy the database to a folder you can write to, such as the Majlis data folder, and open it from there, or ask whoever helps you to make this folder writable.</source>
            <extracomment>The unlock screen's words for a database in a folder that takes no new file (its details name the folder): which folder, and what to do ("read-only disk or folder" named none and gave no way on).</extracomment>
            <translation>لا يستطيع مجلس الكتابة في مجلّد قاعدة البيانات، %1: فهو يكتب ملفًّا صغيرًا بجانب قاعدة البيانات ما دامت مفتوحة. انسخ قاعدة البيانات إلى مجلّد تستطيع الكتابة فيه، مثل مجلّد بيانات مجلس، وافتحها من هناك، أو اطلب ممن يساعدك أن يجعل هذا المجلّد قابلًا للكتابة.</translation>
        </message>
        <message>
            <source>The disk reported a problem while opening the database.</source>
            <translation>أبلغ القرص عن مشكلة أثناء فتح قاعدة البيانات.</translation>
        </message>
        <message>
            <source>The database could not be opened.</source>
            <translation>تعذّر فتح قاعدة البيانات.</translation>
        </message>
        <message>
            <source>Majlis is locked</source>
            <translation>برنامج مجلس مقفل</translation>
        </message>
        <message>
            <source>Enter the passphrase of this database to continue.</source>
            <translation>أدخل عبارة المرور الخاصّة بقاعدة البيانات هذه للمتابعة.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;فتح القفل</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <source>&amp;Make a new database instead…</source>
            <translation>أنشئ قاعدة بيانات ج&amp;ديدة بدلًا منها…</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>افتح قاعدة بيانات أ&amp;خرى…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>فتح قاعدة بيانات أخرى</translation>
        </message>
        <message>
            <source>Majlis databases (*.db);;All files (*)</source>
            <translation>قواعد بيانات مجلس ‎(*.db);;كلّ الملفّات (*)</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>أدخل عبارة المرور.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>جارٍ فتح قاعدة البيانات…</translation>
        </message>
        <message>
            <source>The database opened last is not there: %1. If it is on a USB stick or another drive, connect it and start Majlis again. This window opens another database: the one in the Majlis data folder.</source>
            <translation>قاعدة البيانات التي فُتحت آخر مرة غير موجودة: %1. إن كانت على ذاكرة ⁦USB⁩ أو قرص آخر، فصِلها ثم شغّل مجلس من جديد. هذه النافذة تفتح قاعدة بيانات أخرى: الموجودة في مجلّد بيانات مجلس.</translation>
        </message>
        <message>
            <source>The database to open: %1</source>
            <translation>قاعدة البيانات التي ستُفتح: %1</translation>
        </message>
    </context>
    <context>
        <name>UnsavedTextDialog</name>
        <message>
            <source>Text not saved</source>
            <translation>نص لم يُحفظ</translation>
        </message>
        <message>
            <source>Another program replaced this database file or changed its passphrase, so nothing more can be saved in this window. Below is everything in the open session, with what was typed since the last save. Copy it, close Majlis, open the right database and paste what is missing.</source>
            <translation>استبدل برنامج آخر ملف قاعدة البيانات هذا أو غيّر عبارة مروره، فلا يمكن حفظ شيء بعد الآن في هذه النافذة. في الأسفل كل ما في الجلسة المفتوحة، ومعه ما كُتب منذ آخر حفظ. انسخه، ثم أغلق مجلس، وافتح قاعدة البيانات الصحيحة، والصق ما ينقصها.</translation>
        </message>
        <message>
            <source>Text of the open session</source>
            <translation>نص الجلسة المفتوحة</translation>
        </message>
        <message>
            <source>&amp;Copy all</source>
            <translation>ا&amp;نسخ الكل</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>أغلق</translation>
        </message>
        <message>
            <source>Copied. Paste it into the session once the right database is open.</source>
            <translation>نُسخ. الصقه في الجلسة حين تُفتح قاعدة البيانات الصحيحة.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>Withdraw consent — %1</source>
            <translation>سحب الموافقة — %1</translation>
        </message>
        <message>
            <source>Record that %1 withdrew consent, on this device and at the centre.</source>
            <translation>سجّل أن %1 سحب موافقته، على هذا الجهاز وفي المركز.</translation>
        </message>
        <message>
            <source>&amp;Reason (optional):</source>
            <translation>ال&amp;سبب (اختياري):</translation>
        </message>
        <message>
            <source>Never the participant's words or name</source>
            <translation>لا تكتب أبدًا كلمات المشارك أو اسمه</translation>
        </message>
        <message>
            <source>&amp;All data: erase everything this participant said, and who they are</source>
            <translation>&amp;كل البيانات: امحُ كل ما قاله هذا المشارك، وهويته</translation>
        </message>
        <message>
            <source>I understand that this cannot be undone</source>
            <translation>أفهم أن هذا لا يمكن التراجع عنه</translation>
        </message>
        <message>
            <source>What the withdrawal does</source>
            <translation>ما يفعله السحب</translation>
        </message>
        <message>
            <source>The erasure reaches the laptops with the next team update published on the Sync page, and each erases the same way.</source>
            <translation>يصل المحو إلى الحواسيب المحمولة مع تحديث الفريق التالي الذي يُنشر من صفحة المزامنة، وكلٌّ منها يمحو بالطريقة نفسها.</translation>
        </message>
        <message>
            <source>The erasure goes to the centre with the next bundle and every copy of the database that receives it erases the same way.</source>
            <translation>يذهب المحو إلى المركز مع الحزمة التالية، وكل نسخة من قاعدة البيانات تستلمه تمحو بالطريقة نفسها.</translation>
        </message>
        <message>
            <source>This destroys, in every session: every word %1 said (each turn becomes […]), the quotes of their coded segments and the memos on those codings, their signature images and paper scans, the names of their witnesses, their name and phone number, here and in the history the database keeps.</source>
            <translation>يُتلف هذا، في كل الجلسات: كل كلمة قالها %1 (تصبح كل مداخلة […])، واقتباسات المقاطع المرمَّزة من كلامه والمذكّرات المكتوبة عليها، وصور توقيعه ونسخ الاستمارات الورقية الممسوحة، وأسماء شهوده، واسمه ورقم هاتفه، هنا وفي السجلّ التاريخي الذي تحفظه قاعدة البيانات.</translation>
        </message>
        <message>
            <source>Files exported before (workbooks, projects, PDFs, bundles, backups) are not reached: they are listed afterwards. The pseudonym stays.</source>
            <translation>لا يصل المحو إلى الملفات المصدَّرة قبله (المصنّفات والمشاريع وملفات ⁦PDF⁩ والحزم والنسخ الاحتياطية): تُعرض قائمتها بعد ذلك. يبقى الاسم المستعار.</translation>
        </message>
        <message>
            <source>Nothing is erased: what %1 said stays in the transcripts for analysis, and is never quoted in a listing or an export.</source>
            <translation>لا يُمحى شيء: يبقى ما قاله %1 في النصوص المفرّغة للتحليل، ولا يُقتبس أبدًا في قائمة أو تصدير.</translation>
        </message>
        <message>
            <source>The laptops stop quoting them with the next team update published on the Sync page.</source>
            <translation>تتوقف الحواسيب المحمولة عن اقتباس كلامه مع تحديث الفريق التالي الذي يُنشر من صفحة المزامنة.</translation>
        </message>
        <message>
            <source>&amp;Date of withdrawal:</source>
            <translation>&amp;تاريخ السحب:</translation>
        </message>
        <message>
            <source>&amp;Quotes only: never quote, keep the speech for analysis</source>
            <translation>الا&amp;قتباس فقط: لا يُقتبس أبدًا، ويبقى الكلام للتحليل</translation>
        </message>
    </context>
    <context>
        <name>Withdrawal</name>
        <message>
            <source>No participant has this pseudonym.</source>
            <translation>لا يوجد مشارك بهذا الاسم المستعار.</translation>
        </message>
        <message>
            <source>Several participants have this pseudonym (recorded on different laptops); nothing was changed.</source>
            <translation>لدى أكثر من مشارك هذا الاسم المستعار (سُجّلوا على حواسيب مختلفة)؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The withdrawal date is not a date (YYYY-MM-DD).</source>
            <translation>تاريخ سحب الموافقة ليس تاريخًا صحيحًا (⁦YYYY-MM-DD⁩).</translation>
        </message>
        <message>
            <source>The withdrawal date is in the future.</source>
            <translation>تاريخ سحب الموافقة في المستقبل.</translation>
        </message>
        <message>
            <source>The withdrawal date is before the session where consent was given; nothing was changed.</source>
            <translation>تاريخ سحب الموافقة يسبق الجلسة التي أُعطيت فيها الموافقة؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The scope must be 'all' or 'quotes'.</source>
            <translation>يجب أن يكون النطاق «⁦all⁩» أو «⁦quotes⁩».</translation>
        </message>
        <message>
            <source>The reason is longer than 500 characters.</source>
            <translation>السبب أطول من 500 حرف.</translation>
        </message>
        <message>
            <source>No such participant.</source>
            <translation>لا يوجد هذا المشارك.</translation>
        </message>
        <message>
            <source>This participant's data was already withdrawn and erased; nothing was changed.</source>
            <translation>سُحبت بيانات هذا المشارك ومُحيت من قبل؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This participant already withdrew consent to be quoted; nothing was changed.</source>
            <translation>سحب هذا المشارك موافقته على الاقتباس من قبل؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This participant's data was already withdrawn; nothing was changed.</source>
            <translation>سُحبت بيانات هذا المشارك من قبل؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>This participant has no consent record to withdraw.</source>
            <translation>لا توجد لهذا المشارك موافقة مسجّلة لسحبها.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalFlow</name>
        <message>
            <source>The database is in use by another program or the disk refused the write; nothing was erased.</source>
            <translation>قاعدة البيانات مستخدمة من برنامج آخر أو رفض القرص الكتابة؛ لم يُمحَ شيء.</translation>
        </message>
        <message>
            <source>%1 will never be quoted here; the speech stays for analysis. Publish a team update (Sync page) so that the laptops stop quoting them too.</source>
            <translation>لن يُقتبس كلام %1 هنا أبدًا؛ يبقى الكلام للتحليل. انشر تحديث الفريق (صفحة المزامنة) لكي تتوقف الحواسيب المحمولة عن اقتباسه أيضاً.</translation>
        </message>
        <message>
            <source>%1 will never be quoted; the speech stays for analysis.</source>
            <translation>لن يُقتبس كلام %1 أبدًا؛ يبقى الكلام للتحليل.</translation>
        </message>
        <message>
            <source>The memo, examples or criteria of codes used on their words may quote them, and exports include them: read them on the Codebook page: %1</source>
            <translation>قد تقتبس كلامَه مذكّرةُ الرموز التي استُعملت على كلامه أو أمثلتُها أو معاييرُها، والملفات المصدَّرة تتضمّنها: اقرأها في صفحة دليل الترميز: %1</translation>
        </message>
        <message>
            <source>Erased what %1 said, their signatures and their identity here. Publish a team update (Sync page) so that the laptops erase them too.</source>
            <translation>مُحي هنا ما قاله %1 وتواقيعه وهويته. انشر تحديث الفريق (صفحة المزامنة) لكي تمحوها الحواسيب المحمولة أيضاً.</translation>
        </message>
        <message>
            <source>Erased what %1 said, their signatures and their identity.</source>
            <translation>مُحي ما قاله %1 وتواقيعه وهويته.</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Agenda and decisions</source>
            <translation>جدول الأعمال والقرارات</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>إجراءات المتابعة</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>النصوص</translation>
        </message>
        <message>
            <source>Coded segments</source>
            <translation>المقاطع المرمَّزة</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>الرموز</translation>
        </message>
        <message>
            <source>Consent register</source>
            <translation>سجلّ الموافقات</translation>
        </message>
        <message>
            <source>Codes by gender</source>
            <translation>الرموز حسب الجنس</translation>
        </message>
        <message>
            <source>Codes by age band</source>
            <translation>الرموز حسب الفئة العمرية</translation>
        </message>
        <message>
            <source>Codes by governorate</source>
            <translation>الرموز حسب المحافظة</translation>
        </message>
        <message>
            <source>Codes by session kind</source>
            <translation>الرموز حسب نوع الجلسة</translation>
        </message>
        <message>
            <source>Session ID</source>
            <translation>معرّف الجلسة</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>End</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>المدة</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>مدوّن الملاحظات</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>Urban/rural</source>
            <translation>حضري/ريفي</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>Real name</source>
            <translation>الاسم الحقيقي</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>المقعد</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظّمة</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>بند جدول الأعمال</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Discussion or decision</source>
            <translation>النقاش أو القرار</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>المتحدّث</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
        <message>
            <source>Code (Arabic)</source>
            <translation>الرمز (عربي)</translation>
        </message>
        <message>
            <source>Code (Kurdish)</source>
            <translation>الرمز (كردي)</translation>
        </message>
        <message>
            <source>Code (English)</source>
            <translation>الرمز (إنكليزي)</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>Quotable</source>
            <translation>قابل للاقتباس</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>المرمِّز</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>المذكّرة</translation>
        </message>
        <message>
            <source>Code path</source>
            <translation>مسار الرمز</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>التعريف</translation>
        </message>
        <message>
            <source>Include when</source>
            <translation>يُطبَّق عندما</translation>
        </message>
        <message>
            <source>Exclude when</source>
            <translation>لا يُطبَّق عندما</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>أمثلة</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(غير مذكور)</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>الاستمارة</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>مرفوضة</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>الشاهد</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>وقت التسجيل</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <extracomment>The device that recorded a participant (its label at the centre): two laptops may give one pseudonym.</extracomment>
            <translation>جهاز التسجيل</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>تاريخ الانسحاب</translation>
        </message>
        <message>
            <source>Re-consent needed on version</source>
            <extracomment>The newer version of the form the participant is to be asked to consent on (empty: nothing to ask again).</extracomment>
            <translation>يلزم تجديد الموافقة على الإصدار</translation>
        </message>
        <message>
            <source>Withdrawal scope</source>
            <translation>نطاق الانسحاب</translation>
        </message>
        <message>
            <source>[do not quote]</source>
            <translation>[لا يُقتبس]</translation>
        </message>
        <message>
            <source>[edited since it was coded: review the coding]</source>
            <extracomment>a coding whose words were edited since: its stored words may be what the edit took out of the transcript</extracomment>
            <translation>[عُدّل بعد ترميزه: راجع الترميز]</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
    </context>
    <context>
        <name>WriteFailure</name>
        <message>
            <source>That is a folder. Give the file a name.</source>
            <translation>هذا مجلّد. أعطِ الملفّ اسمًا.</translation>
        </message>
        <message>
            <source>A file of that name is already there. Choose another name.</source>
            <translation>يوجد ملفّ بهذا الاسم من قبل. اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>The folder is not there any more (was the USB stick removed?). Choose another place.</source>
            <translation>لم يعد المجلّد موجودًا (هل نُزعت ذاكرة ⁦USB⁩؟). اختر مكانًا آخر.</translation>
        </message>
        <message>
            <source>The file of that name could not be replaced: is it open in another program, such as Excel? Close it there, or choose another name.</source>
            <translation>تعذّر استبدال الملفّ الذي يحمل هذا الاسم: هل هو مفتوح في برنامج آخر، مثل ⁦Excel⁩؟ أغلقه هناك، أو اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>%1 Nothing was saved under that name.</source>
            <translation>‏%1 لم يُحفظ شيء بهذا الاسم.</translation>
        </message>
        <message>
            <source>The file's name, or the path of its folder, is too long. Choose a shorter name, or a folder with a shorter path.</source>
            <translation>اسم الملفّ، أو مسار مجلّده، طويل جدًّا. اختر اسمًا أقصر، أو مجلّدًا مساره أقصر.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space or choose another place.</source>
            <translation>القرص ممتلئ. حرّر بعض المساحة أو اختر مكانًا آخر.</translation>
        </message>
        <message>
            <source>This folder cannot be written to (a read-only or write-protected USB stick?). Choose another place.</source>
            <translation>لا يمكن الكتابة في هذا المجلّد (هل ذاكرة ⁦USB⁩ للقراءة فقط أو محميّة من الكتابة؟). اختر مكانًا آخر.</translation>
        </message>
        <message>
            <source>The file could not be written. Nothing was saved under that name.</source>
            <translation>تعذّرت كتابة الملفّ. لم يُحفظ شيء بهذا الاسم.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Roundtable</source>
            <translation>طاولة مستديرة</translation>
        </message>
        <message>
            <source>Focus group</source>
            <translation>مجموعة نقاش مركّزة</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسوّدة</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>نهائي</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>مقفل</translation>
        </message>
        <message>
            <source>Member of the provincial council</source>
            <translation>عضو مجلس المحافظة</translation>
        </message>
        <message>
            <source>Ministry official</source>
            <translation>موظّف في وزارة</translation>
        </message>
        <message>
            <source>Civil-society organisation</source>
            <translation>منظّمة مجتمع مدني</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>إعلام</translation>
        </message>
        <message>
            <source>Community leader</source>
            <translation>وجيه مجتمعي</translation>
        </message>
        <message>
            <source>Academic</source>
            <translation>أكاديمي</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>مواطن</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>متروك</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>وقت البدء</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>وقت الانتهاء</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>مدوّن الملاحظات</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخّص</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>المشارك</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظّمة</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>المقعد</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النصّ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Federation</source>
            <translation>اتّحاد</translation>
        </message>
        <message>
            <source>Legislative authority</source>
            <translation>سلطة تشريعية</translation>
        </message>
        <message>
            <source>Executive authority</source>
            <translation>سلطة تنفيذية</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>Needed before the session can be finalised.</source>
            <translation>مطلوب قبل اعتماد الجلسة نهائيًا.</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, for example 09:30.</source>
            <translation>اكتب الوقت بصيغة ساعة:دقيقة، مثل 09:30.</translation>
        </message>
        <message>
            <source>The end time is before the start time.</source>
            <translation>وقت الانتهاء يسبق وقت البدء.</translation>
        </message>
        <message>
            <source>A finalised session cannot be dated in the future.</source>
            <translation>لا يمكن أن تحمل الجلسة النهائية تاريخًا في المستقبل.</translation>
        </message>
        <message>
            <source>A session cannot be dated before 2000: type the year it was held.</source>
            <translation>لا يمكن أن يكون تاريخ الجلسة قبل عام 2000: اكتب السنة التي عُقدت فيها.</translation>
        </message>
        <message>
            <source>A session cannot be dated more than ten years ahead: check the year.</source>
            <translation>لا يمكن أن يكون تاريخ الجلسة بعد أكثر من عشر سنوات من اليوم: تحقّق من السنة.</translation>
        </message>
        <message>
            <source>Unknown governorate.</source>
            <translation>محافظة غير معروفة.</translation>
        </message>
        <message>
            <source>No consent recorded.</source>
            <translation>لا موافقة مسجّلة.</translation>
        </message>
        <message>
            <source>Consent refused.</source>
            <translation>رُفضت الموافقة.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>هذه القيمة غير صالحة.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>End</source>
            <translation>الانتهاء</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>آخر</translation>
        </message>
        <message>
            <source>Undisclosed</source>
            <translation>غير مُفصَح عنه</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(غير مذكور)</translation>
        </message>
        <message>
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <source>Session kind</source>
            <translation>نوع الجلسة</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>جارٍ العمل…</translation>
        </message>
        <message>
            <source>Not shown: %1 Try again.</source>
            <translation>لم يُعرض شيء: %1 حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Not shown: Majlis met an error. Try again.</source>
            <translation>لم يُعرض شيء: واجه مجلس خطأً. حاول مرة أخرى.</translation>
        </message>
    </context>
</TS>
