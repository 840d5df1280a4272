; Inno Setup 6 script: Solieu installer over the PyInstaller one-folder bundle.
;
;   python packaging\render_icons.py build\icons --ico
;   python packaging\build.py --self-test
;   iscc /DAppVersion=0.1.0 packaging\windows\solieu.iss
;
; Output: dist\solieu-<version>-setup.exe. Per-user install by default (no admin
; prompt); "Install for all users" is offered when run as administrator.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Solieu"
; solieu-gui.exe: the windowed twin of the console solieu.exe (packaging/solieu.spec)
#define AppExe "solieu-gui.exe"
#define ProgId "Solieu.Project"
#define Root "..\.."

[Setup]
AppId={{6E0C6B0F-3C5B-4C1E-9A47-5F1D2B7A9C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Solieu
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=solieu-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\solieu.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .solieu project files with Solieu"; GroupDescription: "File types:"

[Files]
Source: "{#Root}\dist\solieu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; file association for .solieu (per user or machine, following the install mode)
Root: HKA; Subkey: "Software\Classes\.solieu"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.solieu\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Solieu project"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".solieu"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer put there; the user's projects and the demo in %LOCALAPPDATA% stay
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
