<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Central Kurdish (Sorani, Arabic script) translation of the Qt strings Majlis users see:
     standard buttons, text-edit and spin-box context menus, message boxes, Qt file dialogs.
     Qt ships none. language="ku" because Qt Linguist does not know "ckb" (see PITFALLS);
     the content is Sorani, loaded as qtbase_ckb.qm. Terms follow translations/glossary.md. -->
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>پاشەکەوتکردنی هەموو</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>بە&amp;ڵێ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بەڵێ بۆ &amp;هەموو</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نەخێر</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>نەخێر بۆ هە&amp;موو</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>وازهێنان</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>هەوڵدانەوە</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>پشتگوێخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>فڕێدان</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>جێبەجێکردن</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ڕێکخستنەوە</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>گەڕاندنەوەی بنەڕەتییەکان</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>پاشەکەوت نەکردن</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>داخستن بەبێ پاشەکەوتکردن</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ب&amp;اشە</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>پا&amp;شەکەوتکردن</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>داخستن بەبێ پاشەکەوتکردن</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>پا&amp;شگەزبوونەوە</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دووبارەکردنەوە</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>بڕی&amp;ن</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;لەبەرگرتنەوە</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;کاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>دیاریکردنی هەموو</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>پا&amp;شگەزبوونەوە</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دووبارەکردنەوە</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>بڕی&amp;ن</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;لەبەرگرتنەوە</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>لەبەرگرتنەوەی ناونیشانی بە&amp;ستەر</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;کاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>دیاریکردنی هەموو</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;دیاریکردنی هەموو</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;هەنگاوێک بۆ سەرەوە</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>هەنگاوێک بۆ &amp;خوارەوە</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>پیشاندانی وردەکارییەکان...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>شاردنەوەی وردەکارییەکان...</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;Show this message again</source>
        <translation>ئەم پەیامە &amp;دووبارە پیشان بدەرەوە</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ب&amp;اشە</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>بەهایەک بنووسە:</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; پێش&amp;وو</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;دواتر &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;دواتر</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;تەواوکردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>یا&amp;رمەتی</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>بەردەوامبوون</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>جێگیرکردن</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تەواو</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>گەڕان لە:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;ناوی پەڕگە:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>جۆری پەڕگەکان:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;گەڕان لە:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ج&amp;ۆری پەڕگەکان:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کردنەوە</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>پا&amp;شەکەوتکردن</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;هەڵبژاردن</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>پاشەکەوتکردن وەک</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>هەموو پەڕگەکان (*)</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>بوخچە:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>پێشەوە</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>بوخچەی سەرەوە</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>دروستکردنی بوخچەی نوێ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>پیشاندانی لیست</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>پیشاندانی وردەکاری</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>بوخچەی نوێ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>بوخچەی &amp;نوێ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;سڕینەوە</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ناو&amp;گۆڕین</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>پیشاندانی پەڕگە &amp;شاراوەکان</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>شوێنە تازەکان</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>دۆزینەوەی بوخچە</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>بڕۆ دواوە</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>بڕۆ پێشەوە</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>بڕۆ بۆ بوخچەی سەرەوە</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>دروستکردنی بوخچەیەکی نوێ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>گۆڕین بۆ شێوازی لیست</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>گۆڕین بۆ شێوازی وردەکاری</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>لاتەنیشت</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>پەڕگەکان</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>بوخچەکان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پەڕگە</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>بوخچە</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>بوخچە</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>قەدبڕ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>قەدبڕ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کۆمپیوتەرەکەم</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» لە نووسین پارێزراوە.
هەر دەتەوێت بیسڕیتەوە؟</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>دڵنیایت لە سڕینەوەی «%1»؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>نەتوانرا بوخچەکە بسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پێشتر هەیە.
دەتەوێت لە جێی دابنێیت؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
پەڕگەکە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی پەڕگەکە دروستە.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
بوخچەکە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی بوخچەکە دروستە.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ڕێکەوتی گۆڕین</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کۆمپیوتەرەکەم</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کۆمپیوتەر</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلۆبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مێگابایت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 گێگابایت</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 تێرابایت</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ناوی پەڕگە نادروستە</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>دانانی نووسەی کۆنترۆڵی یونیکۆد</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>نیشانەی چەپ بۆ ڕاست (LRM)</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>نیشانەی ڕاست بۆ چەپ (RLM)</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>لکێنەری بێ پانی (ZWJ)</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>جیاکەرەوەی بێ پانی (ZWNJ)</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>بۆشایی بێ پانی (ZWSP)</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>دەستپێکی نانەوەی چەپ بۆ ڕاست (LRE)</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>دەستپێکی نانەوەی ڕاست بۆ چەپ (RLE)</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>دەستپێکی سەپاندنی چەپ بۆ ڕاست (LRO)</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>دەستپێکی سەپاندنی ڕاست بۆ چەپ (RLO)</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>کۆتایی ڕێکخستنی ئاراستە (PDF)</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>دابڕینی چەپ بۆ ڕاست (LRI)</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>دابڕینی ڕاست بۆ چەپ (RLI)</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>دابڕین بەپێی یەکەم پیتی بەهێز (FSI)</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>کۆتایی دابڕینی ئاراستە (PDI)</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>خشاندن بۆ ئێرە</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>لێواری چەپ</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>سەرەوە</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>لێواری ڕاست</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>خوارەوە</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>پەڕەیەک بۆ چەپ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>پەڕەیەک بۆ سەرەوە</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>پەڕەیەک بۆ ڕاست</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>پەڕەیەک بۆ خوارەوە</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>خشاندن بۆ چەپ</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>خشاندن بۆ سەرەوە</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>خشاندن بۆ ڕاست</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>خشاندن بۆ خوارەوە</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>خشاندن بۆ چەپ</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>خشاندن بۆ ڕاست</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Select Color</source>
        <translation>هەڵبژاردنی ڕەنگ</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>ڕەن&amp;گە بنەڕەتییەکان</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>ڕەنگە &amp;تایبەتەکان</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;زیادکردن بۆ ڕەنگە تایبەتەکان</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;هەڵگرتنی ڕەنگ لە شاشە</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>ت&amp;ۆن:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>تێ&amp;ری:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>ڕوو&amp;ناکی:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;سوور:</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>سە&amp;وز:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>&amp;شین:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>کەناڵی &amp;ئەلفا:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;کۆدی HTML:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>دیسک</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پەڕگە</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>بوخچەی پەڕگە</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>بوخچە</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>قەدبڕ</translation>
    </message>
</context>
</TS>
