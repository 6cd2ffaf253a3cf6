; Inno Setup 6 script: the Windows installer for the one-folder bundle.
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\cluster-planner.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\cluster-planner.iss
;
; Takes dist\cluster-planner\ (both executables and _internal\) and writes
; dist\ClusterPlanner-<version>-setup.exe. Installs for the person by default (no
; administrator needed; the installer offers all users), adds a Start menu entry, and
; registers .clusterplan files (application/x-clusterplan) to open in Cluster Planner with
; its icon. Uninstalling removes the program and the registration; plans, settings and
; demo copies stay.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Cluster Planner"
#define AppExe "Cluster Planner.exe"
#define ProgId "ClusterPlanner.Plan"

[Setup]
AppId={{8F1C2E4A-5B7D-4C39-9E21-3A6F0D8B7C15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Cluster Planner authors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=ClusterPlanner-{#AppVersion}-setup
SetupIconFile=..\icons\cluster-planner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\..\cluster_planner\resources\LICENSE.txt
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\cluster-planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA: the current user's classes for a per-person install, the machine's for all users.
Root: HKA; Subkey: "Software\Classes\.clusterplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.clusterplan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-clusterplan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.clusterplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Cluster Planner plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".clusterplan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
