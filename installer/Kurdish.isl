; Central Kurdish (Sorani) messages for the Majlis installer (installer/majlis.iss).
; Inno Setup ships no Sorani translation. This file is loaded after compiler:Default.isl, so it
; holds only the messages a per-user install and uninstall of Majlis show; any other message
; stays English. Terms follow translations/glossary.md (Sorani letters ڕ ڵ ۆ ێ ە ڤ).

[LangOptions]
LanguageName=کوردی
; 0x0492: Central Kurdish (Iraq)
LanguageID=$0492
LanguageCodePage=0
RightToLeft=yes

[Messages]
SetupAppTitle=دامەزراندن
SetupWindowTitle=دامەزراندنی %1
UninstallAppTitle=لابردن
UninstallAppFullTitle=لابردنی %1
ConfirmTitle=دڵنیاکردنەوە
ExitSetupTitle=دەرچوون لە دامەزراندن
ExitSetupMessage=دامەزراندن تەواو نەبووە. ئەگەر ئێستا دەربچیت، بەرنامەکە دانامەزرێت.%n%nدەتوانیت دواتر دامەزراندن دووبارە بکەیتەوە.%n%nدەرچوون لە دامەزراندن؟
ButtonBack=< پێش&وو
ButtonNext=&دواتر >
ButtonInstall=&دامەزراندن
ButtonOK=باشە
ButtonCancel=هەڵوەشاندنەوە
ButtonYes=بە&ڵێ
ButtonYesToAll=بەڵێ بۆ &هەمووی
ButtonNo=&نەخێر
ButtonNoToAll=نەخێر بۆ هە&مووی
ButtonFinish=&تەواوکردن
ButtonBrowse=&گەڕان...
ButtonWizardBrowse=گەڕا&ن...
ButtonNewFolder=بوخچەی &نوێ
SelectLanguageTitle=زمانی دامەزراندن هەڵبژێرە
SelectLanguageLabel=ئەو زمانە هەڵبژێرە کە لە کاتی دامەزراندندا بەکاردێت.
WelcomeLabel1=بەخێربێیت بۆ دامەزراندنی [name]
WelcomeLabel2=ئەمە [name/ver] لەسەر کۆمپیوتەرەکەت دادەمەزرێنێت.%n%nپێشنیار دەکرێت پێش بەردەوامبوون هەموو بەرنامەکانی تر دابخەیت.
WizardSelectDir=شوێنی دامەزراندن هەڵبژێرە
SelectDirDesc=[name] لە کوێ دابمەزرێت؟
SelectDirLabel3=دامەزراندن [name] لەم بوخچەیەدا دادەمەزرێنێت.
SelectDirBrowseLabel=بۆ بەردەوامبوون «دواتر» دابگرە. ئەگەر بوخچەیەکی تر دەخوازیت، «گەڕان» دابگرە.
WizardSelectTasks=کارە زیادەکان هەڵبژێرە
SelectTasksDesc=کام کاری زیادە ئەنجام بدرێت؟
SelectTasksLabel2=ئەو کارە زیادانە هەڵبژێرە کە دەتەوێت لە کاتی دامەزراندنی [name] ئەنجام بدرێن، پاشان «دواتر» دابگرە.
WizardReady=ئامادەی دامەزراندن
ReadyLabel1=دامەزراندن ئامادەیە بۆ دامەزراندنی [name] لەسەر کۆمپیوتەرەکەت.
ReadyLabel2a=بۆ بەردەوامبوون «دامەزراندن» دابگرە، یان بۆ پێداچوونەوەی ڕێکخستنەکان «پێشوو» دابگرە.
ReadyMemoDir=شوێنی دامەزراندن:
ReadyMemoTasks=کارە زیادەکان:
WizardInstalling=دامەزراندن
InstallingLabel=تکایە چاوەڕێ بکە تا [name] لەسەر کۆمپیوتەرەکەت دادەمەزرێت.
FinishedHeadingLabel=دامەزراندنی [name] تەواو دەبێت
FinishedLabelNoIcons=دامەزراندنی [name] لەسەر کۆمپیوتەرەکەت تەواو بوو.
FinishedLabel=دامەزراندنی [name] لەسەر کۆمپیوتەرەکەت تەواو بوو. دەتوانیت بە کورتەڕێکان بەرنامەکە بکەیتەوە.
ClickFinish=بۆ دەرچوون لە دامەزراندن «تەواوکردن» دابگرە.
StatusExtractFiles=دەرهێنانی پەڕگەکان...
StatusCreateIcons=دروستکردنی کورتەڕێکان...
StatusCreateRegistryEntries=تۆمارکردنی جۆری پەڕگە...
StatusRollback=گەڕاندنەوەی گۆڕانکارییەکان...
ConfirmUninstall=دڵنیایت کە دەتەوێت %1 لاببەیت؟ داتاکانت (بنکەی زانیاری، پاڵپشتەکان و ڕێکخستنەکان) دەمێننەوە.
UninstallStatusLabel=تکایە چاوەڕێ بکە تا %1 لە کۆمپیوتەرەکەت لادەبرێت.
UninstalledAll=%1 بە سەرکەوتوویی لە کۆمپیوتەرەکەت لابرا.
StatusUninstalling=لابردنی %1...

[CustomMessages]
CreateDesktopIcon=دروستکردنی کورتەڕێ لەسەر ڕووی &مێز
AdditionalIcons=کورتەڕێی زیادە:
LaunchProgram=کردنەوەی %1
UninstallProgram=لابردنی %1
