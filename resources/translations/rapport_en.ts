<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <name>RelativeDay</name>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
</TS>
