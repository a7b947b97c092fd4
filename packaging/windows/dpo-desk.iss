; Inno Setup 6 script: the Windows installer of DPO Desk, made from the PyInstaller bundle.
;
; On Windows, from the repository (packaging/README.md gives every step):
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e ".[package]"
;   .venv\Scripts\pyside6-lrelease resources\i18n\dpo_desk_vi.ts -qm resources\i18n\dpo_desk_vi.qm
;   (the same for dpo_desk_en.ts and qt_vi.ts)
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\dpo_desk.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.5.0 packaging\windows\dpo-desk.iss
; gives dist\dpo-desk-0.5.0-setup.exe.
;
; The installer needs no administrator rights by default (it installs for the current user) and
; offers an install for all users. Uninstalling keeps the DPO's database and letter templates
; (%LOCALAPPDATA%\dpo-desk\): they are the company's records, not the program's.

#ifndef AppVersion
  #define AppVersion "0.5.0"
#endif
#define AppName "DPO Desk"
#define AppExe "dpo-desk.exe"

[Setup]
; The AppId identifies the product for upgrades and uninstall: never change it.
AppId={{7C1E2B8A-4D3F-4F0B-9E61-2B5D8C0A9F14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DPO Desk developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=dpo-desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\dpo-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships Vietnamese among its unofficial translations: put Vietnamese.isl (from
; jrsoftware.org's translations page) into its Languages\Unofficial folder to offer it.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: dpo-desk.exe (the window), dpo-desk-cli.exe (the command line)
; and _internal\ (Python, Qt, the app's resources).
Source: "..\..\dist\dpo-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole: no stale module of an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Personal data protection desk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
