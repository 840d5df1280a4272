<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
