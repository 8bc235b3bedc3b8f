<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BreakdownModel</name>
        <message numerus="yes">
            <source>Fewer than %Ln decided: too few to tell much.</source>
            <translation>
                <numerusform>Fewer than %Ln decided: too few to tell much.</numerusform>
                <numerusform>Fewer than %Ln decided: too few to tell much.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CharacterCounter</name>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComparisonText</name>
        <message numerus="yes">
            <source>The gap is small (%n point(s)), but with this many invitations it is unlikely to be chance ({p}).</source>
            <translation>
                <numerusform>The gap is small (%n point), but with this many invitations it is unlikely to be chance ({p}).</numerusform>
                <numerusform>The gap is small (%n points), but with this many invitations it is unlikely to be chance ({p}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} of %Ln contact</numerusform>
                <numerusform>{shown} of %Ln contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message numerus="yes">
            <source>This has happened %Ln times since Rapport started.</source>
            <translation>
                <numerusform>This has happened %Ln time since Rapport started.</numerusform>
                <numerusform>This has happened %Ln times since Rapport started.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message numerus="yes">
            <source>%Ln hours</source>
            <translation>
                <numerusform>%Ln hour</numerusform>
                <numerusform>%Ln hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message numerus="yes">
            <source>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</source>
            <translation>
                <numerusform>&amp;Free: notes of up to {limit} characters, about %Ln personalised note a month</numerusform>
                <numerusform>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GrammarText</name>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ports</source>
            <translation>
                <numerusform>%n port</numerusform>
                <numerusform>%n ports</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message numerus="yes">
            <source>No answer in %Ln days: counted as no answer in the statistics. Click or press F2 to change.</source>
            <translation>
                <numerusform>No answer in %Ln day: counted as no answer in the statistics. Click or press F2 to change.</numerusform>
                <numerusform>No answer in %Ln days: counted as no answer in the statistics. Click or press F2 to change.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer (pending %Ln days)</source>
            <translation>
                <numerusform>No answer (pending %Ln day)</numerusform>
                <numerusform>No answer (pending %Ln days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pending (%Ln days)</source>
            <translation>
                <numerusform>Pending (%Ln day)</numerusform>
                <numerusform>Pending (%Ln days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message numerus="yes">
            <source>%Ln messages match the filters</source>
            <translation>
                <numerusform>%Ln message matches the filters</numerusform>
                <numerusform>%Ln messages match the filters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.</source>
            <translation>
                <numerusform>Imported {file}: %Ln new contact, {completed} completed, {unchanged} unchanged.</numerusform>
                <numerusform>Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a message);</source>
            <translation>
                <numerusform>%Ln invitation you sent ({accepted} accepted, {replied} of them answered with a message);</numerusform>
                <numerusform>%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a message);</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln earlier invitations now have an outcome.</source>
            <translation>
                <numerusform>%Ln earlier invitation now has an outcome.</numerusform>
                <numerusform>%Ln earlier invitations now have an outcome.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln requests you received are in the Inbox ({accepted} of them accepted already).</source>
            <translation>
                <numerusform>%Ln request you received is in the Inbox ({accepted} of them accepted already).</numerusform>
                <numerusform>%Ln requests you received are in the Inbox ({accepted} of them accepted already).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer there (see the Network page).</source>
            <translation>
                <numerusform>Since your export of {day}: %Ln changed job, {new} new, {gone} no longer there (see the Network page).</numerusform>
                <numerusform>Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer there (see the Network page).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people share a name with someone:</source>
            <translation>
                <numerusform>%Ln person shares a name with someone:</numerusform>
                <numerusform>%Ln people share a name with someone:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows were skipped:</source>
            <translation>
                <numerusform>%Ln row was skipped:</numerusform>
                <numerusform>%Ln rows were skipped:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln templates</source>
            <translation>
                <numerusform>%Ln template</numerusform>
                <numerusform>%Ln templates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message numerus="yes">
            <source>%Ln connections you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</source>
            <translation>
                <numerusform>%Ln connection you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</numerusform>
                <numerusform>%Ln connections you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NextStepsView</name>
        <message numerus="yes">
            <source>From %Ln decided invitations. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</source>
            <translation>
                <numerusform>From %Ln decided invitation. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</numerusform>
                <numerusform>From %Ln decided invitations. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuotaText</name>
        <message numerus="yes">
            <source>%Ln personalised notes this month, past the {allowed} your account allows</source>
            <translation>
                <numerusform>%Ln personalised note this month, past the {allowed} your account allows</numerusform>
                <numerusform>%Ln personalised notes this month, past the {allowed} your account allows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %Ln personalised notes used this month</source>
            <translation>
                <numerusform>{used} of %Ln personalised note used this month</numerusform>
                <numerusform>{used} of %Ln personalised notes used this month</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationText</name>
        <message numerus="yes">
            <source>%n of {allowed} personalised notes left this month.</source>
            <translation>
                <numerusform>%n of {allowed} personalised note left this month.</numerusform>
                <numerusform>%n of {allowed} personalised notes left this month.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationsView</name>
        <message numerus="yes">
            <source>For {segment}, from your own history. %Ln invitations still pending are not counted yet.</source>
            <translation>
                <numerusform>For {segment}, from your own history. %Ln invitation still pending is not counted yet.</numerusform>
                <numerusform>For {segment}, from your own history. %Ln invitations still pending are not counted yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelativeDay</name>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpanText</name>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks</source>
            <translation>
                <numerusform>%Ln week</numerusform>
                <numerusform>%Ln weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months</source>
            <translation>
                <numerusform>%Ln month</numerusform>
                <numerusform>%Ln months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln year</numerusform>
                <numerusform>%Ln years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days ago</source>
            <translation>
                <numerusform>%Ln day ago</numerusform>
                <numerusform>%Ln days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks ago</source>
            <translation>
                <numerusform>%Ln week ago</numerusform>
                <numerusform>%Ln weeks ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months ago</source>
            <translation>
                <numerusform>%Ln month ago</numerusform>
                <numerusform>%Ln months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years ago</source>
            <translation>
                <numerusform>%Ln year ago</numerusform>
                <numerusform>%Ln years ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>in %Ln day</numerusform>
                <numerusform>in %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln weeks</source>
            <translation>
                <numerusform>in %Ln week</numerusform>
                <numerusform>in %Ln weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln months</source>
            <translation>
                <numerusform>in %Ln month</numerusform>
                <numerusform>in %Ln months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln years</source>
            <translation>
                <numerusform>in %Ln year</numerusform>
                <numerusform>in %Ln years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaleReason</name>
        <message numerus="yes">
            <source>Marked never met, connected %Ln years ago, and never contacted.</source>
            <translation>
                <numerusform>Marked never met, connected %Ln year ago, and never contacted.</numerusform>
                <numerusform>Marked never met, connected %Ln years ago, and never contacted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked never met, connected %Ln days ago, and never contacted.</source>
            <translation>
                <numerusform>Marked never met, connected %Ln day ago, and never contacted.</numerusform>
                <numerusform>Marked never met, connected %Ln days ago, and never contacted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message numerus="yes">
            <source>{successes} of %Ln decided invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} of %Ln decided invitation. 95% interval {low}–{high}.</numerusform>
                <numerusform>{successes} of %Ln decided invitations. 95% interval {low}–{high}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln accepted invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} of %Ln accepted invitation. 95% interval {low}–{high}.</numerusform>
                <numerusform>{successes} of %Ln accepted invitations. 95% interval {low}–{high}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln accepted invitations, half were accepted sooner, half later.</source>
            <translation>
                <numerusform>Of %Ln accepted invitation, half were accepted sooner, half later.</numerusform>
                <numerusform>Of %Ln accepted invitations, half were accepted sooner, half later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitations sent in the last %Ln days and not yet answered; left out of the rates until they are, or until the window passes.</source>
            <translation>
                <numerusform>Invitations sent in the last %Ln day and not yet answered; left out of the rates until they are, or until the window passes.</numerusform>
                <numerusform>Invitations sent in the last %Ln days and not yet answered; left out of the rates until they are, or until the window passes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplateTransfer</name>
        <message numerus="yes">
            <source>Imported %Ln templates.</source>
            <translation>
                <numerusform>Imported %Ln template.</numerusform>
                <numerusform>Imported %Ln templates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates; kept your own {names}.</source>
            <translation>
                <numerusform>Imported %Ln template; kept your own {names}.</numerusform>
                <numerusform>Imported %Ln templates; kept your own {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}

Import the other %Ln templates?</source>
            <translation>
                <numerusform>{problems}

Import the other %Ln template?</numerusform>
                <numerusform>{problems}

Import the other %Ln templates?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Export %Ln templates</source>
            <translation>
                <numerusform>Export %Ln template</numerusform>
                <numerusform>Export %Ln templates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln templates to {destination}.</source>
            <translation>
                <numerusform>Exported %Ln template to {destination}.</numerusform>
                <numerusform>Exported %Ln templates to {destination}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
