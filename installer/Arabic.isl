; Arabic messages for the Majlis installer (installer/majlis.iss), loaded after
; compiler:Default.isl: only the messages a per-user install and uninstall of Majlis show (any
; other message stays English), so the script compiles with any Inno Setup 6, with or without its
; own Arabic translation. Terms follow translations/glossary.md.

[LangOptions]
LanguageName=العربية
; 0x0801: Arabic (Iraq)
LanguageID=$0801
LanguageCodePage=0
RightToLeft=yes

[Messages]
SetupAppTitle=التثبيت
SetupWindowTitle=تثبيت %1
UninstallAppTitle=إزالة التثبيت
UninstallAppFullTitle=إزالة %1
ConfirmTitle=تأكيد
ExitSetupTitle=الخروج من التثبيت
ExitSetupMessage=لم يكتمل التثبيت. إذا خرجت الآن فلن يُثبَّت البرنامج.%n%nيمكنك تشغيل التثبيت مرة أخرى لاحقًا لإكماله.%n%nهل تريد الخروج من التثبيت؟
ButtonBack=< ال&سابق
ButtonNext=ال&تالي >
ButtonInstall=&ثبّت
ButtonOK=موافق
ButtonCancel=ألغِ
ButtonYes=&نعم
ButtonYesToAll=ن&عم للكل
ButtonNo=&كلا
ButtonNoToAll=لا للك&ل
ButtonFinish=إ&نهاء
ButtonBrowse=&استعرض...
ButtonWizardBrowse=است&عرض...
ButtonNewFolder=مجلّد ج&ديد
SelectLanguageTitle=اختر لغة التثبيت
SelectLanguageLabel=اختر اللغة التي تُستخدم أثناء التثبيت.
WelcomeLabel1=مرحبًا بك في تثبيت [name]
WelcomeLabel2=سيُثبِّت هذا [name/ver] على حاسوبك.%n%nيُستحسن إغلاق البرامج الأخرى قبل المتابعة.
WizardSelectDir=اختر مكان التثبيت
SelectDirDesc=أين يُثبَّت [name]؟
SelectDirLabel3=سيُثبَّت [name] في المجلّد التالي.
SelectDirBrowseLabel=للمتابعة انقر «التالي». لاختيار مجلّد آخر انقر «استعرض».
WizardSelectTasks=اختر المهام الإضافية
SelectTasksDesc=ما المهام الإضافية التي تُنفَّذ؟
SelectTasksLabel2=اختر المهام الإضافية التي تريدها أثناء تثبيت [name] ثم انقر «التالي».
WizardReady=جاهز للتثبيت
ReadyLabel1=التثبيت جاهز لبدء تثبيت [name] على حاسوبك.
ReadyLabel2a=انقر «ثبّت» للمتابعة، أو «السابق» لمراجعة الإعدادات أو تغييرها.
ReadyMemoDir=مكان التثبيت:
ReadyMemoTasks=المهام الإضافية:
WizardInstalling=جارٍ التثبيت
InstallingLabel=انتظر من فضلك ريثما يُثبَّت [name] على حاسوبك.
FinishedHeadingLabel=إكمال تثبيت [name]
FinishedLabelNoIcons=اكتمل تثبيت [name] على حاسوبك.
FinishedLabel=اكتمل تثبيت [name] على حاسوبك. يمكنك تشغيل البرنامج من الاختصارات المثبّتة.
ClickFinish=انقر «إنهاء» للخروج من التثبيت.
StatusExtractFiles=استخراج الملفّات...
StatusCreateIcons=إنشاء الاختصارات...
StatusCreateRegistryEntries=تسجيل نوع الملفّ...
StatusRollback=التراجع عن التغييرات...
ConfirmUninstall=هل تريد بالتأكيد إزالة %1؟ تبقى بياناتك (قاعدة البيانات والنسخ الاحتياطية والإعدادات) كما هي.
UninstallStatusLabel=انتظر من فضلك ريثما يُزال %1 من حاسوبك.
UninstalledAll=أُزيل %1 من حاسوبك بنجاح.
StatusUninstalling=إزالة %1...

[CustomMessages]
CreateDesktopIcon=أنشئ اختصارًا على سطح ال&مكتب
AdditionalIcons=اختصارات إضافية:
LaunchProgram=شغّل %1
UninstallProgram=أزل %1
