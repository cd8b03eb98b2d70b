<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Arabic for the few Qt strings Qt's own qtbase_ar.qm lacks: Qt 6's file dialog gave its two
     labels mnemonics ("&Look in:", "Files of &type:"), and qtbase_ar has only the older "Look in:"
     and "Files of type:", so Arabic Open/Save dialogs showed them in English; and Qt 6 names a
     folder's type under QAbstractFileIconProvider ("Folder"), which qtbase_ar has only under Qt 5's
     contexts (tests/i18n/test_file_dialog_types.py). Loaded as
     qtbase_ar_extra.qm, installed before qtbase_ar: Qt asks the last installed translator first,
     so Qt's own file answers everything it has and this one only what it lacks. Same words as
     qtbase_ar's; Alt letters ع and ن, distinct from the dialog's ا&سم الملفّ, ا&فتح, ا&حفظ, and
     no letter with a mark below (tests/i18n/test_mnemonic_letters.py). Keep it to missing entries
     only, and no QT_LAYOUT_DIRECTION (qtbase_ar sets the direction). -->
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>محرّك أقراص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملفّ</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>مجلّد ملفّات</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>اختصار</translation>
    </message>
</context>
</TS>
