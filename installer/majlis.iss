; Majlis for Windows: Inno Setup 6 script (built by .github/workflows/build.yml on windows-latest).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\dist\Majlis installer\majlis.iss
;
; Installs per user, without administrator rights (facilitators' laptops rarely give them), from
; the folder build.spec makes (dist\Majlis: Majlis.exe, majlis-cli.exe, _internal\). Arabic,
; Kurdish (Sorani) and English. The uninstaller removes the program only: the database, backups
; and settings live in the user's application data folder (%APPDATA%\Majlis), which Setup never
; writes and the uninstaller never deletes. tests/packaging/test_installer_script.py keeps this file
; consistent with build.spec and desktop.__version__, since it cannot be compiled on Linux.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\Majlis"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Majlis"
#define AppExe "Majlis.exe"
#define CliExe "majlis-cli.exe"
#define BundleExt ".majlis"
#define BundleProgId "Majlis.Bundle"

[Setup]
; A fixed AppId: upgrades find the earlier installation. Never change it.
AppId={{6B1F4C2E-8D3A-4F57-9C61-2E7A5D0B9F34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Majlis contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ShowLanguageDialog=yes
UsePreviousLanguage=no
SetupIconFile=..\desktop\resources\icons\majlis.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=Majlis-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno ships Arabic as a translation only in recent releases: the repository carries the messages
; the wizard shows (installer\Arabic.isl, installer\Kurdish.isl) on top of Default.isl, so every
; message exists and the ones translated here win.
Name: "ar"; MessagesFile: "compiler:Default.isl,Arabic.isl"
Name: "ckb"; MessagesFile: "compiler:Default.isl,Kurdish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:OpenBundles}"; GroupDescription: "{cm:FileTypes}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKA is HKCU in a non-administrative install): double-clicking a
; bundle runs "Majlis.exe <file>", which unlocks and opens Sync on the import of that file.
Root: HKA; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No UninstallDelete section on purpose: the user's data is not the program's to delete.

[CustomMessages]
en.OpenBundles=Open Majlis bundles (.majlis) with Majlis
en.FileTypes=File types:
en.BundleType=Majlis bundle
ar.OpenBundles=فتح حزم مجلس (.majlis) ببرنامج مجلس
ar.FileTypes=أنواع الملفّات:
ar.BundleType=حزمة مجلس
ckb.OpenBundles=کردنەوەی پاکێتەکانی مەجلیس (.majlis) بە مەجلیس
ckb.FileTypes=جۆرەکانی پەڕگە:
ckb.BundleType=پاکێتی مەجلیس
