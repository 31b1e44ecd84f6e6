; 供电所工作站 — Windows installer (NSIS 3, MUI2). Packs the PyInstaller onedir dist\StationWorkstation.
; makensis /DVERSION=0.1.0 /DDIST=..\..\dist\StationWorkstation installers\windows\station.nsi
Unicode true
SetCompressor /SOLID lzma
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\StationWorkstation"
!endif
!define APPNAME "StationWorkstation"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

Name "$(AppTitle)"
OutFile "StationWorkstation-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\${APPNAME}" "InstallDir"
RequestExecutionLevel admin

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\station-workstation.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString AppTitle ${LANG_SIMPCHINESE} "供电所工作站"
LangString AppTitle ${LANG_ENGLISH} "Station Workstation"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  CreateDirectory "$SMPROGRAMS\$(AppTitle)"
  CreateShortCut "$SMPROGRAMS\$(AppTitle)\$(AppTitle).lnk" "$INSTDIR\station-workstation.exe"
  CreateShortCut "$SMPROGRAMS\$(AppTitle)\Uninstall.lnk" "$INSTDIR\uninstall.exe"
  CreateShortCut "$DESKTOP\$(AppTitle).lnk" "$INSTDIR\station-workstation.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "$(AppTitle)"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "Station Workstation"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\station-workstation.exe"
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

; The station's data (station.db in %APPDATA%) is never removed by the uninstaller.
Section "Uninstall"
  Delete "$DESKTOP\$(AppTitle).lnk"
  RMDir /r "$SMPROGRAMS\$(AppTitle)"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\${APPNAME}"
SectionEnd
