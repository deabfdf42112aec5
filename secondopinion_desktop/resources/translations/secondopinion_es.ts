<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Second Opinion Companion</source>
        <translation>Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Opening your information...</source>
        <translation>Abriendo su información...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <location filename="../../ui/main_window.py" line="100" />
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>New &amp;person...</source>
        <translation>Nueva &amp;persona...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>&amp;New case...</source>
        <translation>&amp;Nuevo caso...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <location filename="../../ui/main_window.py" line="151" />
        <source>People and their cases</source>
        <translation>Personas y sus casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>New person...</source>
        <translation>Nueva persona...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>New case...</source>
        <translation>Nuevo caso...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <source>Rename...</source>
        <translation>Cambiar nombre...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Delete...</source>
        <translation>Borrar...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <location filename="../../ui/main_window.py" line="183" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>Choose a case on the left, or start a new one with “New case...”.</source>
        <translation>Elija un caso a la izquierda, o empiece uno nuevo con “Nuevo caso...”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Go to the step before (Alt+Left)</source>
        <translation>Ir al paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Go to the next step (Alt+Right)</source>
        <translation>Ir al paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <location filename="../../ui/main_window.py" line="358" />
        <location filename="../../ui/main_window.py" line="408" />
        <location filename="../../ui/main_window.py" line="584" />
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <location filename="../../ui/main_window.py" line="359" />
        <location filename="../../ui/main_window.py" line="407" />
        <location filename="../../ui/main_window.py" line="575" />
        <source>(untitled case)</source>
        <translation>(caso sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372" />
        <source> (done)</source>
        <translation> (hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376" />
        <source>After the visit:</source>
        <translation>Después de la visita:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507" />
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507" />
        <source>Full name of the person the opinion is for:</source>
        <translation>Nombre completo de la persona para quien es la opinión:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515" />
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529" />
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530" />
        <source>What is this second opinion about? (for example “Knee surgery”)</source>
        <translation>¿Sobre qué es esta segunda opinión? (por ejemplo “Cirugía de rodilla”)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550" />
        <source>Rename case</source>
        <translation>Cambiar el nombre del caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550" />
        <source>Name of the case:</source>
        <translation>Nombre del caso:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557" />
        <source>Rename person</source>
        <translation>Cambiar el nombre de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557" />
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="572" />
        <source>Delete the case “%1”? Everything in it will be lost: the diagnosis, care team, insurance calls, records list, questions, appointments and opinions. This cannot be undone.</source>
        <translation>¿Borrar el caso “%1”? Se perderá todo lo que contiene: el diagnóstico, el equipo médico, las llamadas al seguro, la lista de expedientes, las preguntas, las citas y las opiniones. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="582" />
        <source>Delete %1 and all of their %2 case(s)? Their medicines, allergies and every case will be lost. This cannot be undone.</source>
        <translation>¿Borrar a %1 y sus %2 caso(s)? Se perderán sus medicamentos, alergias y todos sus casos. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585" />
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../ui/readiness_panel.py" line="81" />
        <source>Still to do before the visit</source>
        <translation>Lo que falta antes de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="85" />
        <source>Everything is ready.</source>
        <translation>Todo está listo.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="90" />
        <source>The visit has taken place. The steps after the visit are below the line.</source>
        <translation>La visita ya tuvo lugar. Los pasos de después de la visita están bajo la línea.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="120" />
        <source>Go to the step where you can do this</source>
        <translation>Ir al paso donde puede hacerlo</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="133" />
        <source>Write down the diagnosis you were given.</source>
        <translation>Anote el diagnóstico que le dieron.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="134" />
        <source>Choose why you want another opinion.</source>
        <translation>Elija por qué quiere otra opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="136" />
        <source>Add your primary care doctor, so they can be kept informed.</source>
        <translation>Añada a su médico de cabecera, para mantenerle informado.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="139" />
        <source>Mark your primary care doctor as someone to keep informed.</source>
        <translation>Marque a su médico de cabecera como alguien a quien mantener informado.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="142" />
        <source>Add your insurance and ask whether a second opinion is covered.</source>
        <translation>Añada su seguro y pregunte si cubre una segunda opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="145" />
        <source>Confirm with your insurer that the second opinion is covered.</source>
        <translation>Confirme con su seguro que cubre la segunda opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="148" />
        <source>Write down your call to the insurer, with its reference number.</source>
        <translation>Anote su llamada al seguro, con el número de referencia.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="151" />
        <source>List the records to send ahead: office notes, test results, scans.</source>
        <translation>Haga la lista de expedientes que hay que enviar antes: notas del consultorio, resultados de pruebas, imágenes.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="154" />
        <source>Records not sent yet: %1. They were due on %2.</source>
        <translation>Expedientes sin enviar: %1. Había que enviarlos el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="157" />
        <source>Records not sent yet: %1. They are due on %2.</source>
        <translation>Expedientes sin enviar: %1. Hay que enviarlos el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="159" />
        <source>Records still to ask for: %1.</source>
        <translation>Expedientes que aún hay que pedir: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="162" />
        <source>Write down the questions you want to ask.</source>
        <translation>Anote las preguntas que quiere hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="163" />
        <source>Book the appointment and write down when it is.</source>
        <translation>Pida la cita y anote cuándo es.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="165" />
        <source>The appointment on %1 is more than six weeks away. Earlier is better: ask to be called if an earlier time opens up.</source>
        <translation>La cita del %1 es dentro de más de seis semanas. Cuanto antes, mejor: pida que le llamen si se libera una hora antes.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="169" />
        <source>Ask a friend or family member to come with you, and add their name.</source>
        <translation>Pida a un amigo o familiar que le acompañe, y añada su nombre.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="36" />
        <source>Welcome to Second Opinion Companion</source>
        <translation>Bienvenido a Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="42" />
        <source>This app helps you prepare for a second medical opinion, calmly and step by step: why you want one, who your doctors are, what your insurance says, which records to send ahead, and the questions to ask. At the end it prints a summary to bring to the visit.</source>
        <translation>Esta aplicación le ayuda a preparar una segunda opinión médica, con calma y paso a paso: por qué la quiere, quiénes son sus médicos, qué dice su seguro, qué expedientes enviar antes y qué preguntas hacer. Al final imprime un resumen para llevar a la visita.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="48" />
        <source>Asking for a second opinion is normal. Good doctors expect it, and no doctor should be upset that you ask.</source>
        <translation>Pedir una segunda opinión es normal. Los buenos médicos lo esperan, y ningún médico debería molestarse porque usted la pida.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="52" />
        <source>Everything you type stays on this computer and is saved as you go. Nothing is sent anywhere. Your information is kept in this folder:</source>
        <translation>Todo lo que escribe se queda en esta computadora y se guarda a medida que escribe. No se envía nada a ninguna parte. Su información se guarda en esta carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="69" />
        <source>Folder where your information is kept</source>
        <translation>Carpeta donde se guarda su información</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="73" />
        <source>To begin, start a case of your own, or look around an example first.</source>
        <translation>Para empezar, cree su propio caso, o mire primero un ejemplo.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="78" />
        <source>Start a case</source>
        <translation>Empezar un caso</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="79" />
        <source>Open an example case</source>
        <translation>Abrir un caso de ejemplo</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window_actions.py" line="44" />
        <source>Open an &amp;example case</source>
        <translation>Abrir un caso de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="45" />
        <source>&amp;Import a case file...</source>
        <translation>&amp;Importar un archivo de caso...</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="47" />
        <source>&amp;Export this case...</source>
        <translation>&amp;Exportar este caso...</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="60" />
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="63" />
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="65" />
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="69" />
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="75" />
        <source>Show &amp;people and cases</source>
        <translation>Mostrar &amp;personas y casos</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="84" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="99" />
        <source>&amp;Where is my information?</source>
        <translation>¿&amp;Dónde está mi información?</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="101" />
        <source>&amp;About Second Opinion Companion</source>
        <translation>&amp;Acerca de Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="129" />
        <source>Text size: %1%</source>
        <translation>Tamaño del texto: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="136" />
        <source>High contrast is on.</source>
        <translation>El alto contraste está activado.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="136" />
        <source>High contrast is off.</source>
        <translation>El alto contraste está desactivado.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="169" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="171" />
        <source>The new language will be used the next time you open Second Opinion Companion. Your information is saved; you can close the app and open it again now.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra Second Opinion Companion. Su información está guardada; puede cerrar la aplicación y abrirla de nuevo ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="186" />
        <source>Import a case file</source>
        <translation>Importar un archivo de caso</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="188" />
        <source>Case files (*.json);;All files (*)</source>
        <translation>Archivos de caso (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="196" />
        <source>The file %1 could not be read.</source>
        <translation>No se pudo leer el archivo %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="217" />
        <source>This case file cannot be opened</source>
        <translation>Este archivo de caso no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="220" />
        <source>The case was added.</source>
        <translation>Se añadió el caso.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="231" />
        <source>Export this case</source>
        <translation>Exportar este caso</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="233" />
        <source>Case files (*.json)</source>
        <translation>Archivos de caso (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="241" />
        <source>The case was not exported</source>
        <translation>El caso no se exportó</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="244" />
        <source>The case was saved to %1</source>
        <translation>El caso se guardó en %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="256" />
        <source>The file could not be written there. Choose another folder, such as your Documents folder.</source>
        <translation>No se pudo escribir el archivo ahí. Elija otra carpeta, como su carpeta Documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="269" />
        <source>Where is my information?</source>
        <translation>¿Dónde está mi información?</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="273" />
        <source>Everything you type is kept on this computer, in this folder:

%1

Nothing is sent anywhere. Copies are kept in its “backups” folder.</source>
        <translation>Todo lo que escribe se guarda en esta computadora, en esta carpeta:

%1

No se envía nada a ninguna parte. Hay copias en su carpeta “backups”.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="277" />
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="278" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="288" />
        <source>About Second Opinion Companion</source>
        <translation>Acerca de Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="290" />
        <source>Second Opinion Companion, version %1.

It helps you prepare for a second medical opinion and print a summary to bring along. It works without the internet and keeps everything on this computer.

It does not give medical advice; your doctors do.</source>
        <translation>Second Opinion Companion, versión %1.

Le ayuda a preparar una segunda opinión médica e imprimir un resumen para llevar. Funciona sin internet y guarda todo en esta computadora.

No da consejos médicos; eso lo hacen sus médicos.</translation>
    </message>
</context>
</TS>