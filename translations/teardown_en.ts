<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountEditDialog</name>
    <message numerus="yes">
        <source>Connected: %n region(s) available.</source>
        <translation>
            <numerusform>Connected: %n region available.</numerusform>
            <numerusform>Connected: %n regions available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to fill in or fix before saving.</source>
        <translation>
            <numerusform>%n field to fill in or fix before saving.</numerusform>
            <numerusform>%n fields to fill in or fix before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>%1: connected, %n region(s) available.</source>
        <translation>
            <numerusform>%1: connected, %n region available.</numerusform>
            <numerusform>%1: connected, %n regions available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepTags</name>
    <message numerus="yes">
        <source>%n instance(s) are tagged to be kept (teardown:keep or teardown:keep-until) and the keep tags are ignored.</source>
        <translation>
            <numerusform>%n instance is tagged to be kept (teardown:keep or teardown:keep-until) and the keep tags are ignored.</numerusform>
            <numerusform>%n instances are tagged to be kept (teardown:keep or teardown:keep-until) and the keep tags are ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepTagsOption</name>
    <message numerus="yes">
        <source>Ignore the keep tags (teardown:keep, teardown:keep-until) of %n instance(s)</source>
        <translation>
            <numerusform>Ignore the keep tags (teardown:keep, teardown:keep-until) of %n instance</numerusform>
            <numerusform>Ignore the keep tags (teardown:keep, teardown:keep-until) of %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiftProtectionOption</name>
    <message numerus="yes">
        <source>Lift termination protection of %n instance(s) first</source>
        <translation>
            <numerusform>Lift termination protection of %n instance first</numerusform>
            <numerusform>Lift termination protection of %n instances first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also on production accounts: %n instance(s)</source>
        <translation>
            <numerusform>Also on production accounts: %n instance</numerusform>
            <numerusform>Also on production accounts: %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %n instance id(s).</source>
        <translation>
            <numerusform>Copied %n instance id.</numerusform>
            <numerusform>Copied %n instance ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1.</source>
        <translation>
            <numerusform>Exported %n instance to %1.</numerusform>
            <numerusform>Exported %n instances to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionLift</name>
    <message numerus="yes">
        <source>The termination protection of %n instance(s) is lifted before they are returned.</source>
        <translation>
            <numerusform>The termination protection of %n instance is lifted before it is returned.</numerusform>
            <numerusform>The termination protection of %n instances is lifted before they are returned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionLifter</name>
    <message numerus="yes">
        <source>Lifting the termination protection of %n instance(s): %1</source>
        <translation>
            <numerusform>Lifting the termination protection of %n instance: %1</numerusform>
            <numerusform>Lifting the termination protection of %n instances: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The protection of %n instance(s) shows lifted.</source>
        <translation>
            <numerusform>The protection of %n instance shows lifted.</numerusform>
            <numerusform>The protection of %n instances shows lifted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The protection of %n instance(s) could not be lifted; they are not returned: %1</source>
        <translation>
            <numerusform>The protection of %n instance could not be lifted; it is not returned: %1</numerusform>
            <numerusform>The protection of %n instances could not be lifted; they are not returned: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left: minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in the recycle bin</source>
        <translation>
            <numerusform>%n instance in the recycle bin</numerusform>
            <numerusform>%n instances in the recycle bin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunLane</name>
    <message numerus="yes">
        <source>Could not re-read %n instance(s) before sending; nothing was sent: %1</source>
        <translation>
            <numerusform>Could not re-read %n instance before sending; nothing was sent: %1</numerusform>
            <numerusform>Could not re-read %n instances before sending; nothing was sent: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 for %n instance(s): %2</source>
        <translation>
            <numerusform>Sending %1 for %n instance: %2</numerusform>
            <numerusform>Sending %1 for %n instances: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n still-eligible instance(s) of the refused call once more.</source>
        <translation>
            <numerusform>Sending the %n still-eligible instance of the refused call once more.</numerusform>
            <numerusform>Sending the %n still-eligible instances of the refused call once more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sign that the call reached the provider for %n instance(s); their outcome is unknown and they were not resent.</source>
        <translation>
            <numerusform>No sign that the call reached the provider for %n instance; their outcome is unknown and they were not resent.</numerusform>
            <numerusform>No sign that the call reached the provider for %n instances; their outcome is unknown and they were not resent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The state shows the call was not applied to %n instance(s), and sending it again cannot end differently: sending it once more.</source>
        <translation>
            <numerusform>The state shows the call was not applied to %n instance, and sending it again cannot end differently: sending it once more.</numerusform>
            <numerusform>The state shows the call was not applied to %n instances, and sending it again cannot end differently: sending it once more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsDialog</name>
    <message numerus="yes">
        <source>Release %n instance(s) from the recycle bin</source>
        <translation>
            <numerusform>Release %n instance from the recycle bin</numerusform>
            <numerusform>Release %n instances from the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n instance(s)</source>
        <translation>
            <numerusform>Return %n instance</numerusform>
            <numerusform>Return %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message numerus="yes">
        <source>%n %1</source>
        <comment>a count, then a charge type such as “Pay as you go”</comment>
        <translation>
            <numerusform>%n %1</numerusform>
            <numerusform>%n %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n</source>
        <comment>a provider name, then how many of its instances are selected</comment>
        <translation>
            <numerusform>%1 %n</numerusform>
            <numerusform>%1 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>instances in the selection</comment>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <source>%1 of %n instance(s) shown</source>
        <translation>
            <numerusform>%1 of %n instance shown</numerusform>
            <numerusform>%1 of %n instances shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeardownDialog</name>
    <message numerus="yes">
        <source>Release %n instance(s) for good</source>
        <translation>
            <numerusform>Release %n instance for good</numerusform>
            <numerusform>Release %n instances for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n instance(s)</source>
        <translation>
            <numerusform>Return %n instance</numerusform>
            <numerusform>Return %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n instance(s) from the recycle bin for good?</source>
        <translation>
            <numerusform>Release %n instance from the recycle bin for good?</numerusform>
            <numerusform>Release %n instances from the recycle bin for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n instance(s)?</source>
        <translation>
            <numerusform>Return %n instance?</numerusform>
            <numerusform>Return %n instances?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Irreversible: %n instance(s) will be destroyed at once. They cannot be recovered.</source>
        <translation>
            <numerusform>Irreversible: %n instance will be destroyed at once. They cannot be recovered.</numerusform>
            <numerusform>Irreversible: %n instances will be destroyed at once. They cannot be recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will be destroyed and cannot be recovered.</source>
        <translation>
            <numerusform>%n instance will be destroyed and cannot be recovered.</numerusform>
            <numerusform>%n instances will be destroyed and cannot be recovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Teardownctl</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls to send: %n</source>
        <translation>
            <numerusform>Calls to send: %n</numerusform>
            <numerusform>Calls to send: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3: %n instance(s)</source>
        <translation>
            <numerusform>%1 %2 %3: %n instance</numerusform>
            <numerusform>%1 %2 %3: %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will be returned; this cannot be undone. Type %1 to go ahead: </source>
        <translation>
            <numerusform>%n instance will be returned; this cannot be undone. Type %1 to go ahead: </numerusform>
            <numerusform>%n instances will be returned; this cannot be undone. Type %1 to go ahead: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will be moved to the recycle bin. Go ahead? [y/N] </source>
        <translation>
            <numerusform>%n instance will be moved to the recycle bin. Go ahead? [y/N] </numerusform>
            <numerusform>%n instances will be moved to the recycle bin. Go ahead? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %n calls are shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Only the newest call is shown; narrow the filters to see older ones.</numerusform>
            <numerusform>Only the newest %n calls are shown; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still unconfirmed. Check their instances before acting on them again: teardownctl unconfirmed --verify, or the console.</source>
        <translation>
            <numerusform>%n call still unconfirmed. Check its instances before acting on them again: teardownctl unconfirmed --verify, or the console.</numerusform>
            <numerusform>%n calls still unconfirmed. Check their instances before acting on them again: teardownctl unconfirmed --verify, or the console.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenExpiry</name>
    <message numerus="yes">
        <source>temporary credentials expire in %n min</source>
        <translation>
            <numerusform>temporary credentials expire in %n min</numerusform>
            <numerusform>temporary credentials expire in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnconfirmedCallsDialog</name>
    <message numerus="yes">
        <source>Teardown Console stopped while the destructive call(s) below were on their way to the provider, before any reply arrived. They may or may not have been applied: the instances may already be stopped or released. Verify the instances before acting on them again.</source>
        <translation>
            <numerusform>Teardown Console stopped while the destructive call below was on its way to the provider, before any reply arrived. It may or may not have been applied: the instances may already be stopped or released. Verify the instances before acting on them again.</numerusform>
            <numerusform>Teardown Console stopped while the destructive calls below were on their way to the provider, before any reply arrived. They may or may not have been applied: the instances may already be stopped or released. Verify the instances before acting on them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be marked in the history database. %1</source>
        <translation>
            <numerusform>%n call could not be marked in the history database. %1</numerusform>
            <numerusform>%n calls could not be marked in the history database. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be verified and are still unconfirmed.</source>
        <translation>
            <numerusform>%n call could not be verified and is still unconfirmed.</numerusform>
            <numerusform>%n calls could not be verified and are still unconfirmed.</numerusform>
        </translation>
    </message>
</context>
</TS>
