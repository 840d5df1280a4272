<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CodebookPage</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the new entry for the %n selected figure(s):</source>
        <translation>
            <numerusform>Name of the new entry for the %n selected figure:</numerusform>
            <numerusform>Name of the new entry for the %n selected figures:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entry for the %n selected figure(s):</source>
        <translation>
            <numerusform>Entry for the %n selected figure:</numerusform>
            <numerusform>Entry for the %n selected figures:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(s)</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s)</source>
        <translation>
            <numerusform>Imported %n entry</numerusform>
            <numerusform>Imported %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to {file}</source>
        <translation>
            <numerusform>Exported %n entry to {file}</numerusform>
            <numerusform>Exported %n entries to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s) undone</source>
        <translation>
            <numerusform>%n change undone</numerusform>
            <numerusform>%n changes undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: changed again since</source>
        <translation>
            <numerusform>%n skipped: changed again since</numerusform>
            <numerusform>%n skipped: changed again since</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read again: %n figure(s)</source>
        <translation>
            <numerusform>Read again: %n figure</numerusform>
            <numerusform>Read again: %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>The encoding of %n file(s) was recognised from the bytes (an old Vietnamese encoding): check that their text reads right.</source>
        <translation>
            <numerusform>The encoding of %n file was recognised from the bytes (an old Vietnamese encoding): check that their text reads right.</numerusform>
            <numerusform>The encoding of %n files was recognised from the bytes (an old Vietnamese encoding): check that their text reads right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored (it had been removed), %n figure(s)</source>
        <translation>
            <numerusform>Restored (it had been removed), %n figure</numerusform>
            <numerusform>Restored (it had been removed), %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, %n figure(s)</source>
        <translation>
            <numerusform>Imported, %n figure</numerusform>
            <numerusform>Imported, %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole page read: %n figure(s)</source>
        <translation>
            <numerusform>Whole page read: %n figure</numerusform>
            <numerusform>Whole page read: %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message numerus="yes">
        <source>Learned: %n entries</source>
        <translation>
            <numerusform>Learned: %n entry</numerusform>
            <numerusform>Learned: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rules</source>
        <translation>
            <numerusform>, %n rule</numerusform>
            <numerusform>, %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply a rule to %n figure(s)</source>
        <translation>
            <numerusform>Apply a rule to %n figure</numerusform>
            <numerusform>Apply a rule to %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rules set %n field(s) of the new figures</source>
        <translation>
            <numerusform>The rules set %n field of the new figures</numerusform>
            <numerusform>The rules set %n fields of the new figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {status}</source>
        <translation>
            <numerusform>%n document, {status}</numerusform>
            <numerusform>%n documents, {status}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <source>Confirm %n figure(s)</source>
        <translation>
            <numerusform>Confirm %n figure</numerusform>
            <numerusform>Confirm %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n figure(s)</source>
        <translation>
            <numerusform>Reject %n figure</numerusform>
            <numerusform>Reject %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) back to pending</source>
        <translation>
            <numerusform>%n figure back to pending</numerusform>
            <numerusform>%n figures back to pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n like this</source>
        <translation>
            <numerusform>Reject %n like this</numerusform>
            <numerusform>Reject %n like this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleBar</name>
    <message numerus="yes">
        <source>&amp;Apply to %n like this</source>
        <translation>
            <numerusform>&amp;Apply to %n like this</numerusform>
            <numerusform>&amp;Apply to %n like this</numerusform>
        </translation>
    </message>
</context>
</TS>
