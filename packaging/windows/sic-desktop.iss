; Inno Setup 6 script: the per-user Windows installer around the PyInstaller folder.
;   pyinstaller packaging\sic-desktop.spec --distpath build\dist --workpath build\pyinstaller
;   iscc /DAppVersion=0.1.0 packaging\windows\sic-desktop.iss   -> build\sic-desktop-0.1.0-windows-setup.exe
; No administrator rights needed: it installs into %LOCALAPPDATA%\Programs\SIC Desktop. The user's data
; (%LOCALAPPDATA%\SIC Desktop: the database, its backups, keys and logs) is not the installer's, so the
; uninstaller leaves it where it is, and a new version finds it again.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "SIC Desktop"
#define AppId "org._4p1000.SICDesktop"
#define WindowExe "sic-desktopw.exe"
#define ConsoleExe "sic-desktop.exe"
#define Root "..\.."

[Setup]
; AppId identifies the program across versions (upgrades, the uninstaller): never change it.
AppId={{6F1C7E52-4B0B-4C4E-9A43-5D1E0C4A1000}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The 4 per 1000 Initiative
AppPublisherURL=https://4p1000.org/
AppSupportURL=https://4p1000.org/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\build
OutputBaseFilename=sic-desktop-{#AppVersion}-windows-setup
SetupIconFile={#Root}\build\icons\sic-desktop.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName={#AppName}
VersionInfoVersion={#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add sic-desktop to PATH (the command line in a terminal)"; GroupDescription: "Command line:"; Flags: unchecked

[Files]
Source: "{#Root}\build\dist\{#AppId}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Comment: "Task forces' work, offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Tasks: desktopicon

[Registry]
; .sicbundle files open in SIC Desktop: a double click shows the bundle's preview (per user, HKCU).
Root: HKA; Subkey: "Software\Classes\.sicbundle"; ValueType: string; ValueName: ""; ValueData: "SICDesktop.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.sicbundle\OpenWithProgids"; ValueType: string; ValueName: "SICDesktop.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\SICDesktop.Bundle"; ValueType: string; ValueName: ""; ValueData: "SIC Desktop bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SICDesktop.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#WindowExe},0"
Root: HKA; Subkey: "Software\Classes\SICDesktop.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#WindowExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#WindowExe}\SupportedTypes"; ValueType: string; ValueName: ".sicbundle"; ValueData: ""; Flags: uninsdeletekey
; The console program on the user's PATH, when asked for (removed again by the uninstaller, below).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[Code]
function NotOnPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Current, Folder: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    exit;
  Folder := ExpandConstant('{app}');
  At := Pos(';' + Uppercase(Folder), Uppercase(Current));
  if At > 0 then
  begin
    Delete(Current, At, Length(Folder) + 1);
    RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current);
  end;
end;
