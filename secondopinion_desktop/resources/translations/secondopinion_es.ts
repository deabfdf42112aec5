<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppointmentPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="17"/>
        <source>Appointment and companion</source>
        <translation>Cita y acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="46"/>
        <source>In person or by video? Going in person is better when the doctor needs to examine you, even if it means a longer wait. A video visit can come sooner and spares you the trip. Either way, the earlier the better: do not let a second opinion delay treatment you need.</source>
        <translation>¿En persona o por video? Ir en persona es mejor cuando el médico necesita examinarle, aunque haya que esperar más. Una consulta por video puede llegar antes y le ahorra el viaje. En cualquier caso, cuanto antes mejor: no deje que una segunda opinión retrase un tratamiento que necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="54"/>
        <source>My appointments</source>
        <translation>Mis citas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="60"/>
        <source>Add an appointment</source>
        <translation>Añadir una cita</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="61"/>
        <source>No appointment yet. Add one when you have booked it.</source>
        <translation>Todavía no hay ninguna cita. Añádala cuando la haya reservado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="65"/>
        <source>In my calendar</source>
        <translation>En mi calendario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="68"/>
        <source>Save a calendar file for your next appointment and open it: your calendar program adds the visit, with a reminder the day before.</source>
        <translation>Guarde un archivo de calendario de su próxima cita y ábralo: su programa de calendario añade la consulta, con un aviso el día anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="80"/>
        <source>Save calendar file...</source>
        <translation>Guardar archivo de calendario...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="100"/>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="109"/>
        <source>With which doctor</source>
        <translation>Con qué médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="110"/>
        <source>Type a name, or choose one from your care team below</source>
        <translation>Escriba un nombre, o elija uno de su equipo médico más abajo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="113"/>
        <source>Choose a doctor from your care team...</source>
        <translation>Elija un médico de su equipo médico...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="115"/>
        <source>Or choose from your care team</source>
        <translation>O elija de su equipo médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="116"/>
        <source>Date of the appointment</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="120"/>
        <source>In person or by video</source>
        <translation>En persona o por video</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="123"/>
        <source>Place (the address of the office)</source>
        <translation>Lugar (la dirección del consultorio)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="126"/>
        <source>Video link (the web address you were sent)</source>
        <translation>Enlace de video (la dirección web que le enviaron)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="132"/>
        <source>Records must arrive by</source>
        <translation>Los documentos deben llegar antes del</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="136"/>
        <source>Go to the Records step</source>
        <translation>Ir al paso de expedientes médicos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="141"/>
        <source>Who comes with me</source>
        <translation>Quién me acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="146"/>
        <source>Bring a friend or family member: they can take notes while you listen and ask the questions you forget. Wear your glasses and hearing aids, and bring them along.</source>
        <translation>Vaya con un amigo o un familiar: puede tomar notas mientras usted escucha y hacer las preguntas que usted olvide. Lleve puestos sus lentes y audífonos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="154"/>
        <source>Companion&apos;s name</source>
        <translation>Nombre del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="155"/>
        <source>Relationship to me</source>
        <translation>Relación conmigo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="156"/>
        <source>for example daughter, friend, neighbour</source>
        <translation>por ejemplo hija, amigo, vecina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="157"/>
        <source>Companion&apos;s phone</source>
        <translation>Teléfono del acompañante</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="163"/>
        <source>second-opinion-visit.ics</source>
        <translation>consulta-segunda-opinion.ics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="165"/>
        <source>Save calendar file</source>
        <translation>Guardar archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="165"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="183"/>
        <source>Saved %1. Open it to add the visit to your calendar.</source>
        <translation>Se guardó %1. Ábralo para añadir la consulta a su calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="207"/>
        <source>Note: this appointment is more than six weeks away. That is a long wait; ask to be put on a cancellation list, or consider a video visit.</source>
        <translation>Nota: faltan más de seis semanas para esta cita. Es una espera larga; pida que le pongan en una lista de cancelaciones, o piense en una consulta por video.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="219"/>
        <source>Note: your records must arrive by %1, and some are not sent yet (%2 on your list). Ask for them now; the Records step shows which ones.</source>
        <translation>Nota: sus documentos deben llegar antes del %1, y algunos todavía no se han enviado (%2 en su lista). Pídalos ya; el paso de documentos médicos indica cuáles.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="237"/>
        <source>Write the date of the appointment first.</source>
        <translation>Escriba primero la fecha de la cita.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="248"/>
        <source>No doctors on your care team yet</source>
        <translation>Todavía no hay médicos en su equipo médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointment_page.py" line="74"/>
        <source>The file holds the visit&apos;s time and place, your companion&apos;s name and phone, and the records still missing; a calendar that syncs may copy it to the internet.</source>
        <translation>El archivo lleva la hora y el lugar de la consulta, el nombre y el teléfono de quien le acompaña y los documentos que todavía faltan; un calendario que se sincroniza puede copiarlo a internet.</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="11"/>
        <source>Care team</source>
        <translation>Equipo médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="45"/>
        <source>You can list several doctors you are thinking of for the second opinion. Good ways to find one: a referral from your primary care doctor, a recommendation from friends or family, or your insurer&apos;s list of doctors. Choose someone who does not work closely with the first doctor. If you do not feel at ease with a doctor, it is fine to switch.</source>
        <translation>Puede anotar varios médicos en los que esté pensando para la segunda opinión. Buenas formas de encontrar uno: una referencia de su médico de cabecera, la recomendación de amigos o familiares, o la lista de médicos de su seguro. Elija a alguien que no trabaje de cerca con el primer médico. Si no se siente a gusto con un médico, está bien cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="33"/>
        <source>Doctors</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="39"/>
        <source>Add a doctor</source>
        <translation>Añadir un médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="41"/>
        <source>No doctors listed yet. Start with your primary care doctor.</source>
        <translation>Todavía no hay médicos en la lista. Empiece por su médico de cabecera.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="53"/>
        <source>The chosen doctor</source>
        <translation>El médico elegido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="71"/>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="72"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="74"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="76"/>
        <source> (kept informed)</source>
        <translation> (se le mantiene informado)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="80"/>
        <source>Role in my care</source>
        <translation>Papel en mi atención</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="81"/>
        <source>Doctor&apos;s name</source>
        <translation>Nombre del médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="83"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="84"/>
        <source>for example orthopedic surgeon</source>
        <translation>por ejemplo cirujano ortopédico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="86"/>
        <source>Hospital or practice</source>
        <translation>Hospital o consultorio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="87"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="88"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="89"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="90"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="92"/>
        <source>How I found this doctor</source>
        <translation>Cómo encontré a este médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="93"/>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="96"/>
        <source>In my insurance network?</source>
        <translation>¿Está en la red de mi seguro?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="98"/>
        <source>Keep this doctor informed</source>
        <translation>Mantener informado a este médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/care_team_page.py" line="27"/>
        <source>Your primary care doctor coordinates all your care: keep them informed of who you see and what they say.</source>
        <translation>Su médico de cabecera coordina toda su atención: manténgale informado de a qué médicos ve y de lo que le dicen.</translation>
    </message>
</context>
<context>
    <name>ChildListEditor</name>
    <message>
        <location filename="../../ui/pages/child_list.py" line="97"/>
        <location filename="../../ui/pages/child_list.py" line="286"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="99"/>
        <source>Remove the chosen item from %1</source>
        <translation>Quitar el elemento elegido (lista: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="107"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="108"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="109"/>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="110"/>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="134"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="201"/>
        <location filename="../../ui/pages/child_list.py" line="218"/>
        <source>(not named yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="282"/>
        <source>Remove “%1”? This cannot be undone.</source>
        <translation>¿Quitar “%1”? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_list.py" line="283"/>
        <source>this item</source>
        <translation>este elemento</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="21"/>
        <source>Compare opinions</source>
        <translation>Comparar opiniones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="46"/>
        <source>Write down what each doctor told you: the first opinion, the second, and a third if you get one. Then look at them side by side below.</source>
        <translation>Anote lo que le dijo cada médico: la primera opinión, la segunda, y una tercera si la pide. Después véalas una al lado de la otra más abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="68"/>
        <source>A second opinion often adds something: at one major clinic, about 21 in 100 people who asked for one left with a new diagnosis, and 66 in 100 with a more precise one.</source>
        <translation>Una segunda opinión suele aportar algo: en una clínica importante, unas 21 de cada 100 personas que la pidieron salieron con un diagnóstico nuevo, y 66 de cada 100 con uno más preciso.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="52"/>
        <source>The opinions I have had</source>
        <translation>Las opiniones que he recibido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="58"/>
        <source>Add an opinion</source>
        <translation>Añadir una opinión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="59"/>
        <source>No opinions yet. Start with the first doctor&apos;s opinion.</source>
        <translation>Todavía no hay opiniones. Empiece por la opinión del primer médico.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="64"/>
        <source>Side by side</source>
        <translation>Una al lado de la otra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="76"/>
        <source>The opinions appear here side by side once you have entered them.</source>
        <translation>Las opiniones aparecen aquí, una al lado de la otra, cuando las haya anotado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="81"/>
        <source>Print the opinions side by side</source>
        <translation>Imprimir las opiniones lado a lado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="113"/>
        <source>Which opinion</source>
        <translation>Qué opinión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="114"/>
        <location filename="../../ui/pages/compare_page.py" line="141"/>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="115"/>
        <source>Date of the opinion</source>
        <translation>Fecha de la opinión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="116"/>
        <location filename="../../ui/pages/compare_page.py" line="143"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="118"/>
        <location filename="../../ui/pages/compare_page.py" line="144"/>
        <source>Recommended treatment</source>
        <translation>Tratamiento recomendado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="120"/>
        <source>Other options mentioned</source>
        <translation>Otras opciones mencionadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="122"/>
        <source>Compared to the first opinion</source>
        <translation>Comparada con la primera opinión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="123"/>
        <source>Not chosen (or this is the first opinion)</source>
        <translation>Sin elegir (o es la primera opinión)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="125"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="142"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="145"/>
        <source>Other options</source>
        <translation>Otras opciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="147"/>
        <source>Compared to the first</source>
        <translation>Comparada con la primera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="158"/>
        <source>(not written)</source>
        <translation>(sin anotar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="160"/>
        <source>(this is the first)</source>
        <translation>(es la primera)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare_page.py" line="166"/>
        <source>The opinions disagree. Asking for a third opinion is reasonable and common; Medicare Part B covers a third opinion when the first two differ.</source>
        <translation>Las opiniones no coinciden. Pedir una tercera opinión es razonable y frecuente; la Parte B de Medicare cubre una tercera opinión cuando las dos primeras son distintas.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/fields.py" line="227"/>
        <source>for example December 3, 2026</source>
        <translation>por ejemplo 3 de diciembre de 2026</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="228"/>
        <source>Calendar...</source>
        <translation>Calendario...</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="250"/>
        <source>Choose %1 from a calendar</source>
        <translation>Elegir en un calendario: %1</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="260"/>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/fields.py" line="325"/>
        <source>Eastern time (New York)</source>
        <translation>Hora del Este (Nueva York)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="326"/>
        <source>Central time (Chicago)</source>
        <translation>Hora del Centro (Chicago)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="327"/>
        <source>Mountain time (Denver)</source>
        <translation>Hora de la Montaña (Denver)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="328"/>
        <source>Arizona time (Phoenix)</source>
        <translation>Hora de Arizona (Phoenix)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="329"/>
        <source>Pacific time (Los Angeles)</source>
        <translation>Hora del Pacífico (Los Ángeles)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="330"/>
        <source>Alaska time (Anchorage)</source>
        <translation>Hora de Alaska (Anchorage)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="331"/>
        <source>Hawaii time (Honolulu)</source>
        <translation>Hora de Hawái (Honolulu)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="332"/>
        <source>Puerto Rico time</source>
        <translation>Hora de Puerto Rico</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="333"/>
        <source>Mexico City time</source>
        <translation>Hora de la Ciudad de México</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="334"/>
        <source>London time</source>
        <translation>Hora de Londres</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="335"/>
        <source>Madrid time</source>
        <translation>Hora de Madrid</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="336"/>
        <source>Universal time (UTC)</source>
        <translation>Hora universal (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="362"/>
        <source>10:30 AM</source>
        <translation>10:30</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="364"/>
        <source>This computer&apos;s time zone</source>
        <translation>La zona horaria de esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="371"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="373"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="414"/>
        <source>Please also write the date of the appointment.</source>
        <translation>Escriba también la fecha de la cita, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="440"/>
        <source>Time zone %1</source>
        <translation>Zona horaria %1</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="22"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="60"/>
        <source>When you have the opinions you need, write down the plan you chose. Being clear about what you decided, with whom and why, helps you feel confident in it and explain it to your family and your primary care doctor.</source>
        <translation>Cuando tenga las opiniones que necesita, anote el plan que eligió. Tener claro qué decidió, con quién y por qué le ayuda a sentirse seguro y a explicarlo a su familia y a su médico de cabecera.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="68"/>
        <source>The plan I chose</source>
        <translation>El plan que elegí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="69"/>
        <source>With which doctor</source>
        <translation>Con qué médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="71"/>
        <source>Choose a doctor from your care team...</source>
        <translation>Elija un médico de su equipo médico...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="73"/>
        <source>Or choose from your care team</source>
        <translation>O elija de su equipo médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="74"/>
        <source>Why I chose it</source>
        <translation>Por qué lo elegí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="75"/>
        <source>Date of the decision</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="80"/>
        <source>Where this case stands</source>
        <translation>En qué punto está este caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="83"/>
        <source>Status of this case</source>
        <translation>Estado de este caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="88"/>
        <source>Mark as decided</source>
        <translation>Marcar como decidido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="121"/>
        <source>You have written down a plan. If the decision is made, press “Mark as decided” to set the status of this case to “Decision taken”.</source>
        <translation>Ha anotado un plan. Si la decisión está tomada, pulse «Marcar como decidido» para poner este caso en el estado «Decisión tomada».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decision_page.py" line="133"/>
        <source>No doctors on your care team yet</source>
        <translation>Todavía no hay médicos en su equipo médico</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="9"/>
        <source>About the diagnosis</source>
        <translation>Sobre el diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="32"/>
        <source>Asking for a second opinion is normal. Good doctors expect it, and it is not a sign of distrust. It helps you be sure of your diagnosis and your choices.</source>
        <translation>Pedir una segunda opinión es normal. Los buenos médicos lo esperan, y no es señal de desconfianza. Le ayuda a estar seguro de su diagnóstico y de sus decisiones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="38"/>
        <source>The earlier the better: a second opinion should not delay treatment that cannot wait. If your doctor says treatment is urgent, ask how long you can safely wait.</source>
        <translation>Cuanto antes, mejor: la segunda opinión no debe retrasar un tratamiento urgente. Si su médico dice que lo es, pregúntele cuánto puede esperar sin riesgo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="43"/>
        <source>What you have been told</source>
        <translation>Lo que le han dicho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="47"/>
        <source>The diagnosis you were given</source>
        <translation>El diagnóstico que le dieron</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="48"/>
        <source>for example: a torn meniscus in the right knee</source>
        <translation>por ejemplo: un desgarro de menisco en la rodilla derecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="51"/>
        <source>Who gave this diagnosis (doctor&apos;s name)</source>
        <translation>Quién le dio este diagnóstico (nombre del médico)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="53"/>
        <source>When you were told</source>
        <translation>Cuándo se lo dijeron</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="55"/>
        <source>The treatment the doctor proposes</source>
        <translation>El tratamiento que propone el médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="60"/>
        <source>In my own words: what worries me, and why I want another opinion</source>
        <translation>En mis propias palabras: qué me preocupa y por qué quiero otra opinión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="64"/>
        <source>Why I want another opinion</source>
        <translation>Por qué quiero otra opinión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="65"/>
        <source>Tick every reason that fits. You can add a few words to each.</source>
        <translation>Marque cada motivo que corresponda. Puede añadir unas palabras a cada uno.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="76"/>
        <source>In my own words: other reason</source>
        <translation>En mis propias palabras: otro motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="160"/>
        <source>Untick “%1”? The words you wrote about it will be lost: “%2”</source>
        <translation>¿Desmarcar “%1”? Se perderá lo que escribió sobre este motivo: “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="162"/>
        <source>Untick and remove</source>
        <translation>Desmarcar y borrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_page.py" line="83"/>
        <source>A few words about: %1 (optional)</source>
        <translation>Unas palabras sobre: %1 (opcional)</translation>
    </message>
</context>
<context>
    <name>DiscCheckDialog</name>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="205"/>
        <source>Check an imaging disc</source>
        <translation>Revisar un disco de imágenes</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="219"/>
        <source>Reading the disc...</source>
        <translation>Leyendo el disco...</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="225"/>
        <source>How much of the disc has been read</source>
        <translation>Cuánto del disco se ha leído</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="231"/>
        <source>What the disc holds</source>
        <translation>Lo que contiene el disco</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="241"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="244"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="293"/>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="304"/>
        <source>Reading the disc: %1 of %2 files.</source>
        <translation>Leyendo el disco: %1 de %2 archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="315"/>
        <source>The check was stopped before the end.</source>
        <translation>La revisión se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="317"/>
        <source>The disc has been read.</source>
        <translation>El disco se ha leído.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="328"/>
        <source>That folder could not be found. Choose the disc or the folder again.</source>
        <translation>No se encontró esa carpeta. Elija otra vez el disco o la carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="331"/>
        <source>That is not a folder. Choose the disc itself, or a folder copied from it.</source>
        <translation>Eso no es una carpeta. Elija el disco mismo, o una carpeta copiada de él.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="334"/>
        <source>The disc could not be read. Try again, or ask for a new copy.</source>
        <translation>No se pudo leer el disco. Inténtelo otra vez, o pida una copia nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="350"/>
        <source>Choose the disc or its folder</source>
        <translation>Elija el disco o su carpeta</translation>
    </message>
</context>
<context>
    <name>DiscWords</name>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="40"/>
        <source>CT scan</source>
        <translation>tomografía (TAC)</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="41"/>
        <source>MRI</source>
        <translation>resonancia magnética</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="42"/>
        <location filename="../../ui/disc_check_dialog.py" line="43"/>
        <source>X-ray</source>
        <translation>radiografía</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="44"/>
        <source>ultrasound</source>
        <translation>ecografía</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="45"/>
        <source>mammogram</source>
        <translation>mamografía</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="46"/>
        <source>PET scan</source>
        <translation>tomografía PET</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="47"/>
        <source>nuclear medicine scan</source>
        <translation>estudio de medicina nuclear</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="48"/>
        <source>angiogram</source>
        <translation>angiografía</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="49"/>
        <source>fluoroscopy</source>
        <translation>fluoroscopia</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="50"/>
        <source>captured pictures</source>
        <translation>imágenes capturadas</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="51"/>
        <source>other images</source>
        <translation>otras imágenes</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="78"/>
        <source>Images found: %1 in 1 study.</source>
        <translation>Imágenes encontradas: %1 en 1 estudio.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="80"/>
        <source>Images found: %1 in %2 studies.</source>
        <translation>Imágenes encontradas: %1 en %2 estudios.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="84"/>
        <source>date not given</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="85"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="88"/>
        <location filename="../../ui/disc_check_dialog.py" line="174"/>
        <source>1 image</source>
        <translation>1 imagen</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="90"/>
        <location filename="../../ui/disc_check_dialog.py" line="174"/>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="95"/>
        <source>(no name on the disc)</source>
        <translation>(el disco no tiene nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="98"/>
        <source>The disc is for: %1, born %2.</source>
        <translation>El disco es de: %1, nacido o nacida el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="103"/>
        <source>The disc is for: %1.</source>
        <translation>El disco es de: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="106"/>
        <source>The disc looks right: it holds the images themselves.</source>
        <translation>El disco parece correcto: contiene las imágenes mismas.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="115"/>
        <source> It holds only a viewer program and pictures or documents.</source>
        <translation> Solo contiene un programa para verlas y fotos o documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="117"/>
        <source> It holds only a viewer program.</source>
        <translation> Solo contiene un programa para verlas.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="119"/>
        <source> It holds only pictures or documents.</source>
        <translation> Solo contiene fotos o documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="123"/>
        <source>Warning: no medical images (DICOM) were found on this disc.</source>
        <translation>Atención: no se encontraron imágenes médicas (DICOM) en este disco.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="126"/>
        <source> Ask the imaging office for a true DICOM disc with the images themselves.</source>
        <translation> Pida a la oficina de imágenes un verdadero disco DICOM con las imágenes mismas.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="131"/>
        <source>Warning: %1 file(s) could not be read; the disc may be damaged. Ask for a new copy.</source>
        <translation>Atención: no se pudieron leer %1 archivo(s); el disco puede estar dañado. Pida una copia nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="136"/>
        <source>Warning: the disc&apos;s index names %1 file(s) that are not on it. Ask for a new copy.</source>
        <translation>Atención: el índice del disco nombra %1 archivo(s) que no están en él. Pida una copia nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="142"/>
        <source>Warning: the disc carries the name %1, not %2. Check that it is yours before you bring it.</source>
        <translation>Atención: el disco lleva el nombre %1, no %2. Compruebe que es suyo antes de llevarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="150"/>
        <source>Warning: the disc carries the birth date %1, not %2.</source>
        <translation>Atención: el disco lleva la fecha de nacimiento %1, no %2.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="156"/>
        <source>Warning: the disc holds images of more than one person: %1.</source>
        <translation>Atención: el disco contiene imágenes de más de una persona: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="160"/>
        <source>Warning: the disc holds very many files; only the first ones were checked.</source>
        <translation>Atención: el disco contiene muchísimos archivos; solo se revisaron los primeros.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="163"/>
        <source>The check was stopped before the end.</source>
        <translation>La revisión se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="169"/>
        <source>1 study</source>
        <translation>1 estudio</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="171"/>
        <source>%1 studies</source>
        <translation>%1 estudios</translation>
    </message>
    <message>
        <location filename="../../ui/disc_check_dialog.py" line="177"/>
        <source>Disc checked on %1: %2, %3.</source>
        <translation>Disco revisado el %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../ui/error_words.py" line="24"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="25"/>
        <source>true or false</source>
        <translation>verdadero o falso (true o false)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="26"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="27"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="28"/>
        <source>a list in square brackets</source>
        <translation>una lista entre corchetes</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="29"/>
        <source>a group of fields in curly brackets</source>
        <translation>un grupo de campos entre llaves</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="31"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="38"/>
        <source>empty (null)</source>
        <translation>vacío (null)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="40"/>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="42"/>
        <source>the text %1</source>
        <translation>el texto %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="44"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="46"/>
        <source>a group of fields</source>
        <translation>un grupo de campos</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="54"/>
        <source>This text is %length characters long; this field holds at most %limit characters. Nothing was saved; shorten it and it will be saved.</source>
        <translation>Este texto tiene %length caracteres; este campo guarda como máximo %limit caracteres. No se guardó nada; acórtelo y se guardará.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="59"/>
        <source>The case was added and is saved, but the backup after it could not be made: please check that the disk has free space and that the backups folder can be written.</source>
        <translation>El caso se agregó y está guardado, pero no se pudo hacer la copia de seguridad posterior: compruebe que el disco tiene espacio libre y que se puede escribir en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="64"/>
        <source>The change could not be saved because the disk is full. Free some space and try again.</source>
        <translation>No se pudo guardar el cambio porque el disco está lleno. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="69"/>
        <source>The change could not be saved because the folder that holds your information cannot be written to.</source>
        <translation>No se pudo guardar el cambio porque no se puede escribir en la carpeta que guarda su información.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="74"/>
        <source>The change could not be saved because another program is using the file. Try again.</source>
        <translation>No se pudo guardar el cambio porque otro programa está usando el archivo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="78"/>
        <source>The change could not be saved. Your earlier information is safe; please try again.</source>
        <translation>No se pudo guardar el cambio. Su información anterior está a salvo; vuelva a intentarlo, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="82"/>
        <source>The case could not be saved (the store may be busy, full or read-only); nothing was added.</source>
        <translation>No se pudo guardar el caso (el archivo de datos puede estar ocupado, lleno o protegido contra escritura); no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="88"/>
        <source>The file names the field %field twice in one place; each field may appear only once.</source>
        <translation>El archivo nombra el campo %field dos veces en el mismo lugar; cada campo puede aparecer solo una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="92"/>
        <source>The file is not valid JSON: %name is not a number JSON allows.</source>
        <translation>El archivo no es JSON válido: %name no es un número que JSON permita.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="95"/>
        <source>The file is far too large to be a case file (a case file is at most %megabytes MB).</source>
        <translation>El archivo es demasiado grande para ser un archivo de caso (un archivo de caso tiene como máximo %megabytes MB).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="99"/>
        <source>The file holds a number %digits digits long (%value); no field of a case file holds a number that long.</source>
        <translation>El archivo tiene un número de %digits cifras (%value); ningún campo de un archivo de caso tiene un número tan largo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="104"/>
        <source>%where: this text is %length characters long; a case file allows at most %limit characters here.</source>
        <translation>%where: este texto tiene %length caracteres; un archivo de caso permite aquí como máximo %limit caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="109"/>
        <source>%where: %value is in the year %year; a case file holds dates from %first to %last only.</source>
        <translation>%where: %value es del año %year; un archivo de caso solo guarda fechas de %first a %last.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="114"/>
        <source>%where: this field came with case file version 2, but the file says version 1.</source>
        <translation>%where: este campo llegó con la versión 2 del archivo de caso, pero el archivo dice que es de la versión 1.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="118"/>
        <source>The file is not a case file: it holds binary data (like a picture or a PDF), not text.</source>
        <translation>El archivo no es un archivo de caso: contiene datos binarios (como una imagen o un PDF), no texto.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="123"/>
        <source>The file is not a case file: it is not UTF-8 text (it may be a picture, a PDF or another binary file).</source>
        <translation>El archivo no es un archivo de caso: no es texto UTF-8 (puede ser una imagen, un PDF u otro archivo binario).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="128"/>
        <source>The file is empty; a case file holds the case as JSON text.</source>
        <translation>El archivo está vacío; un archivo de caso guarda el caso como texto JSON.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="131"/>
        <source>The file is not valid JSON (line %line, column %column), so it cannot be read as a case file.</source>
        <translation>El archivo no es JSON válido (línea %line, columna %column), así que no se puede leer como archivo de caso.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="136"/>
        <source>The file is nested far too deeply to be a case file.</source>
        <translation>El archivo tiene demasiados niveles anidados para ser un archivo de caso.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="139"/>
        <source>The file holds JSON but not a case file: a case file starts with &apos;{&apos; and has the fields format, version, person and case.</source>
        <translation>El archivo contiene JSON pero no es un archivo de caso: un archivo de caso empieza con &apos;{&apos; y tiene los campos format, version, person y case.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="144"/>
        <source>format: this field is missing, so the file is not a Second Opinion Companion case file.</source>
        <translation>format: falta este campo, así que el archivo no es un archivo de caso de Second Opinion Companion.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="149"/>
        <source>format: %value is not &apos;secondopinion-case&apos;, so the file is not a Second Opinion Companion case file.</source>
        <translation>format: %value no es &apos;secondopinion-case&apos;, así que el archivo no es un archivo de caso de Second Opinion Companion.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="154"/>
        <source>version: this case file (version %version) was made by a newer version of Second Opinion Companion; please update the app to open it.</source>
        <translation>version: este archivo de caso (versión %version) se hizo con una versión más nueva de Second Opinion Companion; actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="159"/>
        <source>%where: this field is not part of a case file (check its spelling).</source>
        <translation>%where: este campo no forma parte de un archivo de caso (revise cómo está escrito).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="162"/>
        <source>%where: this field is required.</source>
        <translation>%where: este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="165"/>
        <source>%where: must be one of %options, not empty.</source>
        <translation>%where: debe ser uno de estos valores: %options; no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="168"/>
        <source>%where: %value is not one of %options.</source>
        <translation>%where: %value no es uno de estos valores: %options.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="171"/>
        <source>%where: should be %expected, not %found.</source>
        <translation>%where: debería ser %expected, no %found.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="174"/>
        <source>%where: %value is not %expected.</source>
        <translation>%where: %value no es %expected.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="177"/>
        <source>%where: %value is not a case file version (this app reads 1).</source>
        <translation>%where: %value no es una versión de archivo de caso (esta aplicación lee la 1).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="180"/>
        <source>%where: %value is less than %limit.</source>
        <translation>%where: %value es menor que %limit.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="183"/>
        <source>%where: %value is more than %limit.</source>
        <translation>%where: %value es mayor que %limit.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="186"/>
        <source>%where: %value has no time-zone offset; write the date and time with its offset, like 2026-03-12T09:30:00-05:00.</source>
        <translation>%where: %value no tiene diferencia horaria; escriba la fecha y la hora con su diferencia horaria, así: 2026-03-12T09:30:00-05:00.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="191"/>
        <source>%where: %value is not a date and time written like 2026-03-12T09:30:00-05:00 (with its time-zone offset).</source>
        <translation>%where: %value no es una fecha y hora escrita así: 2026-03-12T09:30:00-05:00 (con su diferencia horaria).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="196"/>
        <source>%where: %value is not a date written as YYYY-MM-DD, like 2026-03-12.</source>
        <translation>%where: %value no es una fecha escrita como AAAA-MM-DD, así: 2026-03-12.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="199"/>
        <source>%where: %value is not written the expected way.</source>
        <translation>%where: %value no está escrito de la forma esperada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="202"/>
        <source>%where: this value is not allowed here.</source>
        <translation>%where: este valor no está permitido aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="205"/>
        <source>%where: the text holds a broken character (a lone surrogate) that cannot be saved.</source>
        <translation>%where: el texto contiene un carácter dañado (un sustituto suelto) que no se puede guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="209"/>
        <source>%where: %value is not a real date on the calendar.</source>
        <translation>%where: %value no es una fecha que exista en el calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="212"/>
        <source>%where: %value is not a real date and time (check the day, the hour and the time-zone offset).</source>
        <translation>%where: %value no es una fecha y hora reales (revise el día, la hora y la diferencia horaria).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="218"/>
        <source>%text is not a date I can read. Write the date like December 3, 2026 (or 2026-12-03).</source>
        <translation>No puedo leer %text como fecha. Escriba la fecha así: 3 de diciembre de 2026 (o 2026-12-03).</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="222"/>
        <source>%text is outside the years this app keeps: write a date from 1900 to 2200.</source>
        <translation>%text está fuera de los años que la aplicación guarda: escriba una fecha entre 1900 y 2200.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="226"/>
        <source>%text is not a time I can read. Write the time like 10:30 AM or 14:30.</source>
        <translation>No puedo leer %text como hora. Escriba la hora así: 10:30 a. m. o 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="265"/>
        <source>Your saved information at %store could not be opened because %problem. Nothing has been changed or deleted; the file is still there.</source>
        <translation>Su información guardada en %store no se pudo abrir porque %problem. No se ha cambiado ni borrado nada; el archivo sigue ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="270"/>
        <source>Your saved information at %store was made by a newer version of Second Opinion Companion. Please install the newer version to open it; the file has been left exactly as it was.</source>
        <translation>Su información guardada en %store se hizo con una versión más nueva de Second Opinion Companion. Instale esa versión más nueva para abrirla; el archivo se ha dejado exactamente como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="277"/>
        <source>The newest good backup is from %when%cases. You can restore it, open a different folder, or quit.</source>
        <translation>La copia de seguridad buena más reciente es del %when%cases. Puede restaurarla, abrir otra carpeta o salir.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="282"/>
        <source>There is no backup to bring back. You can open a different folder, or quit and keep the file as it is.</source>
        <translation>No hay ninguna copia de seguridad que recuperar. Puede abrir otra carpeta, o salir y dejar el archivo como está.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="287"/>
        <source>If you would rather go on with this version, the newest backup it can open is from %when%cases. You can restore it (what is there now is kept), open a different folder, or quit.</source>
        <translation>Si prefiere seguir con esta versión, la copia de seguridad más reciente que puede abrir es del %when%cases. Puede restaurarla (lo que hay ahora se conserva), abrir otra carpeta o salir.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="293"/>
        <source>There is no backup that this version can open. You can open a different folder, or quit and keep the file as it is.</source>
        <translation>No hay ninguna copia de seguridad que esta versión pueda abrir. Puede abrir otra carpeta, o salir y dejar el archivo como está.</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="304"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="305"/>
        <source>the file is cut short</source>
        <translation>el archivo está incompleto</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="306"/>
        <source>the file is not a Second Opinion Companion store</source>
        <translation>el archivo no es un archivo de datos de Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="309"/>
        <source>the file is not a Second Opinion Companion store (it belongs to another program)</source>
        <translation>el archivo no es un archivo de datos de Second Opinion Companion (es de otro programa)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="313"/>
        <source>SQLite could not read the file; it is damaged</source>
        <translation>SQLite no pudo leer el archivo; está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="316"/>
        <source>SQLite&apos;s own check found damage inside the file</source>
        <translation>la propia comprobación de SQLite encontró daños dentro del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="319"/>
        <source>a part of the file is missing (a table is gone)</source>
        <translation>falta una parte del archivo (ha desaparecido una tabla)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="322"/>
        <source>some of the text inside the file is damaged</source>
        <translation>parte del texto dentro del archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="325"/>
        <source>the file&apos;s version record is damaged</source>
        <translation>el registro de versión del archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="348"/>
        <source>, holding 1 case</source>
        <translation>, con 1 caso</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="350"/>
        <source>, holding %1 cases</source>
        <translation>, con %1 casos</translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="12"/>
        <source>Insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="84"/>
        <source>Call your insurer before you book, to check that the second opinion is covered. Some plans require a second opinion before surgery or some cancer treatments.</source>
        <translation>Llame a su seguro antes de pedir la cita, para comprobar que cubre la segunda opinión. Algunos planes exigen una segunda opinión antes de una cirugía o de ciertos tratamientos contra el cáncer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="103"/>
        <source>With Medicare: Part B covers a second opinion before surgery or a major procedure that is not an emergency, and a third opinion if the first two differ. Medicare Advantage plans may ask for a referral or for doctors in their network.</source>
        <translation>Con Medicare: la Parte B cubre una segunda opinión antes de una cirugía o de un procedimiento importante que no sea de emergencia, y una tercera opinión si las dos primeras no coinciden. Los planes Medicare Advantage pueden pedir una referencia o médicos de su red.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="89"/>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="92"/>
        <source>Name of the plan</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="94"/>
        <source>Member ID (on your insurance card)</source>
        <translation>Número de miembro (en su tarjeta del seguro)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="96"/>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="97"/>
        <source>Insurer&apos;s phone number</source>
        <translation>Teléfono del seguro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="99"/>
        <source>What the plan says</source>
        <translation>Lo que dice el plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="110"/>
        <source>Does my plan require a second opinion?</source>
        <translation>¿Mi plan exige una segunda opinión?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="114"/>
        <source>Is the second opinion covered?</source>
        <translation>¿Cubre la segunda opinión?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="118"/>
        <source>Is a referral needed?</source>
        <translation>¿Hace falta una referencia?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="121"/>
        <source>Is pre-authorization needed?</source>
        <translation>¿Hace falta una autorización previa?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="124"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="126"/>
        <source>When you call, ask</source>
        <translation>Cuando llame, pregunte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="130"/>
        <source>• Do I need a referral?</source>
        <translation>• ¿Necesito una referencia?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="131"/>
        <source>• Do I need prior authorization?</source>
        <translation>• ¿Necesito una autorización previa?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="132"/>
        <source>• Is this doctor in my network?</source>
        <translation>• ¿Este médico está en mi red?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="133"/>
        <source>• What will my share of the cost be?</source>
        <translation>• ¿Cuánto me tocará pagar a mí (copago o coseguro)?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="134"/>
        <source>• Are repeat tests covered?</source>
        <translation>• ¿Cubren las pruebas repetidas?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="136"/>
        <source>• Please give me a reference number for this call, and your name.</source>
        <translation>• Por favor, deme un número de referencia de esta llamada, y su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="144"/>
        <source>Calls to the insurer</source>
        <translation>Llamadas al seguro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="150"/>
        <source>Log a call</source>
        <translation>Anotar una llamada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="151"/>
        <source>No calls logged yet.</source>
        <translation>Todavía no hay llamadas anotadas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="154"/>
        <source>The chosen call</source>
        <translation>La llamada elegida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="175"/>
        <source>spoke with %1</source>
        <translation>hablé con %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="177"/>
        <source>reference %1</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="181"/>
        <source>Date of the call</source>
        <translation>Fecha de la llamada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="182"/>
        <source>Who I spoke with</source>
        <translation>Con quién hablé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="183"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insurance_page.py" line="184"/>
        <source>What they said</source>
        <translation>Lo que me dijeron</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Second Opinion Companion</source>
        <translation>Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Opening your information...</source>
        <translation>Abriendo su información...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>New &amp;person...</source>
        <translation>Nueva &amp;persona...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;New case...</source>
        <translation>&amp;Nuevo caso...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Choose a case on the left, or start a new one with “New case...”.</source>
        <translation>Elija un caso a la izquierda, o empiece uno nuevo con “Nuevo caso...”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>Go to the step before (Alt+Left)</source>
        <translation>Ir al paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Go to the next step (Alt+Right)</source>
        <translation>Ir al paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605"/>
        <source>Still to do (%1)</source>
        <translation>Lo que falta (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>Still to do</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Hide the to-do list</source>
        <translation>Ocultar lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>The list opens under this row.</source>
        <translation>La lista se abre debajo de esta fila.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="888"/>
        <location filename="../../ui/main_window.py" line="1241"/>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="889"/>
        <location filename="../../ui/main_window.py" line="1232"/>
        <source>(untitled case)</source>
        <translation>(caso sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="890"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1163"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1163"/>
        <source>Full name of the person the opinion is for:</source>
        <translation>Nombre completo de la persona para quien es la opinión:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1172"/>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1186"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1187"/>
        <source>What is this second opinion about? (for example “Knee surgery”)</source>
        <translation>¿Sobre qué es esta segunda opinión? (por ejemplo “Cirugía de rodilla”)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1207"/>
        <source>Rename case</source>
        <translation>Cambiar el nombre del caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1207"/>
        <source>Name of the case:</source>
        <translation>Nombre del caso:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1214"/>
        <source>Rename person</source>
        <translation>Cambiar el nombre de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1214"/>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1229"/>
        <source>Delete the case “%1”? Everything in it will be lost: the diagnosis, care team, insurance calls, records list, questions, appointments and opinions. This cannot be undone.</source>
        <translation>¿Borrar el caso “%1”? Se perderá todo lo que contiene: el diagnóstico, el equipo médico, las llamadas al seguro, la lista de expedientes, las preguntas, las citas y las opiniones. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1239"/>
        <source>Delete %1 and all of their %2 case(s)? Their medicines, allergies and every case will be lost. This cannot be undone.</source>
        <translation>¿Borrar a %1 y sus %2 caso(s)? Se perderán sus medicamentos, alergias y todos sus casos. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1242"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122"/>
        <source>Cannot open your information</source>
        <translation>No se puede abrir su información</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Show people and cases</source>
        <translation>Mostrar personas y casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Show the list of people and their cases beside the steps (Ctrl+L)</source>
        <translation>Mostrar la lista de personas y sus casos junto a los pasos (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>S&amp;tep:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Show the steps</source>
        <translation>Mostrar los pasos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Show the list of steps and what is still to do beside the page</source>
        <translation>Mostrar la lista de pasos y lo que falta junto a la página</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Hide what is still to do</source>
        <translation>Ocultar lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="648"/>
        <source>Show what is still to do (%1)</source>
        <translation>Mostrar lo que falta (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Show what is still to do</source>
        <translation>Mostrar lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="789"/>
        <source>Something could not be saved</source>
        <translation>Algo no se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="793"/>
        <source>What you typed in “%1” on the step “%2” could not be read, so it is not saved. Everything else is saved.</source>
        <translation>Lo que escribió en «%1», en el paso «%2», no se pudo entender, así que no está guardado. Todo lo demás está guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>Go back to it</source>
        <translation>Volver a ese dato</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799"/>
        <source>Close and lose it</source>
        <translation>Cerrar y perder ese dato</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Check an imaging &amp;disc...</source>
        <translation>Revisar un &amp;disco de imágenes...</translation>
    </message>
</context>
<context>
    <name>NameBinding</name>
    <message>
        <location filename="../../ui/pages/person_page.py" line="69"/>
        <source>Please write the full name. Until you do, the name “%1” is kept.</source>
        <translation>Escriba el nombre completo, por favor. Mientras tanto, se conserva el nombre “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="72"/>
        <source>Please write the full name.</source>
        <translation>Escriba el nombre completo, por favor.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../ui/people_list.py" line="42"/>
        <location filename="../../ui/people_list.py" line="47"/>
        <source>People and their cases</source>
        <translation>Personas y sus casos</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.py" line="52"/>
        <source>New person...</source>
        <translation>Nueva persona...</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.py" line="53"/>
        <source>New case...</source>
        <translation>Nuevo caso...</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.py" line="54"/>
        <source>Rename...</source>
        <translation>Cambiar nombre...</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.py" line="55"/>
        <source>Delete...</source>
        <translation>Borrar...</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.py" line="78"/>
        <location filename="../../ui/people_list.py" line="98"/>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.py" line="81"/>
        <location filename="../../ui/people_list.py" line="101"/>
        <source>(untitled case)</source>
        <translation>(caso sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.py" line="86"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="10"/>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="84"/>
        <source>This page is about the person the second opinion is for. It is shared by all of their cases, so you only fill it in once.</source>
        <translation>Esta página es sobre la persona para quien es la segunda opinión. La comparten todos sus casos, así que solo hay que llenarla una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="91"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="95"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="96"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="97"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="100"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="99"/>
        <source>for example English or Spanish</source>
        <translation>por ejemplo español o inglés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="109"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="115"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="116"/>
        <source>No medicines listed yet.</source>
        <translation>Todavía no hay medicamentos en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="120"/>
        <source>The chosen medicine</source>
        <translation>El medicamento elegido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="124"/>
        <source>List everything you take, including vitamins, supplements and medicines bought without a prescription: the name, the dose, how often, and why you take it. Put the most important first.</source>
        <translation>Anote todo lo que toma, también vitaminas, suplementos y medicamentos sin receta: el nombre, la dosis, cada cuánto y por qué lo toma. Ponga primero lo más importante.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="132"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="138"/>
        <source>Add an allergy</source>
        <translation>Añadir una alergia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="139"/>
        <source>No allergies listed yet.</source>
        <translation>Todavía no hay alergias en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="142"/>
        <source>The chosen allergy</source>
        <translation>La alergia elegida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="146"/>
        <source>Other conditions</source>
        <translation>Otras enfermedades</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="152"/>
        <source>Add a condition</source>
        <translation>Añadir una enfermedad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="153"/>
        <source>No other conditions listed yet.</source>
        <translation>Todavía no hay otras enfermedades en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="156"/>
        <source>The chosen condition</source>
        <translation>La enfermedad elegida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="159"/>
        <source>Other health problems you have, such as diabetes or high blood pressure.</source>
        <translation>Otros problemas de salud que tenga, como diabetes o presión alta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="197"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="202"/>
        <source>%1, since %2</source>
        <translation>%1, desde %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="206"/>
        <source>Name of the medicine</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="208"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="208"/>
        <source>for example 10 mg</source>
        <translation>por ejemplo 10 mg</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="211"/>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="212"/>
        <source>for example once a day, with breakfast</source>
        <translation>por ejemplo una vez al día, con el desayuno</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="214"/>
        <source>Why I take it</source>
        <translation>Por qué lo tomo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="218"/>
        <source>Allergic to</source>
        <translation>Alergia a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="219"/>
        <source>for example penicillin</source>
        <translation>por ejemplo penicilina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="221"/>
        <source>What happens (the reaction)</source>
        <translation>Qué me pasa (la reacción)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="224"/>
        <source>Condition</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="226"/>
        <source>Since when</source>
        <translation>Desde cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_page.py" line="227"/>
        <source>for example 2019, or since childhood</source>
        <translation>por ejemplo 2019, o desde la infancia</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../ui/print_panel.py" line="65"/>
        <source>Printout</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="72"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="75"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="77"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="77"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="87"/>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="88"/>
        <source>Save as...</source>
        <translation>Guardar como...</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="89"/>
        <source>Open in my PDF viewer</source>
        <translation>Abrir en mi visor de PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="99"/>
        <source>Preview of the printout</source>
        <translation>Vista previa de la impresión</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="138"/>
        <source>Visit summary</source>
        <translation>Resumen para la visita</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="139"/>
        <source>Letters asking for records</source>
        <translation>Cartas para pedir expedientes</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="140"/>
        <source>Letters asking again for late records</source>
        <translation>Cartas para volver a pedir documentos atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="141"/>
        <source>Opinions side by side</source>
        <translation>Opiniones lado a lado</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="142"/>
        <source>Letter to my primary care doctor</source>
        <translation>Carta a mi médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="143"/>
        <source>Blank worksheet</source>
        <translation>Hoja en blanco para la visita</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="205"/>
        <source>The printout could not be made.</source>
        <translation>No se pudo preparar la impresión.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="222"/>
        <source>1 page to print.</source>
        <translation>1 página para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="224"/>
        <source>%1 pages to print.</source>
        <translation>%1 páginas para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="226"/>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="237"/>
        <source>There is nothing to print yet.</source>
        <translation>Todavía no hay nada que imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="244"/>
        <location filename="../../ui/print_panel.py" line="278"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="248"/>
        <source>visit-summary</source>
        <translation>resumen-de-la-visita</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="249"/>
        <source>records-request-letters</source>
        <translation>cartas-para-pedir-expedientes</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="250"/>
        <source>records-follow-up-letters</source>
        <translation>cartas-de-seguimiento-de-documentos</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="251"/>
        <source>opinions-side-by-side</source>
        <translation>opiniones-lado-a-lado</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="252"/>
        <source>letter-to-my-doctor</source>
        <translation>carta-a-mi-medico</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="253"/>
        <source>visit-worksheet</source>
        <translation>hoja-para-la-visita</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="266"/>
        <source>Save the printout</source>
        <translation>Guardar la impresión</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="266"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="280"/>
        <source>Saved as %1.</source>
        <translation>Se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="304"/>
        <source>The printout could not be opened.</source>
        <translation>No se pudo abrir la impresión.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="308"/>
        <source>No program to show PDF files was found. Use Save as... instead.</source>
        <translation>No se encontró ningún programa para ver archivos PDF. Use Guardar como... en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="336"/>
        <source>No printer is set up on this computer. Use Save as... instead.</source>
        <translation>No hay ninguna impresora instalada en esta computadora. Use Guardar como... en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="343"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="343"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="356"/>
        <location filename="../../ui/print_panel.py" line="380"/>
        <source>The printer could not be reached.</source>
        <translation>No se pudo comunicar con la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="353"/>
        <source>The printer did not accept the printout.</source>
        <translation>La impresora no aceptó la impresión.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="358"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="375"/>
        <source>Printing...</source>
        <translation>Imprimiendo...</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="375"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="144"/>
        <source>The companion&apos;s copy</source>
        <translation>La copia de quien me acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="254"/>
        <source>companion-copy</source>
        <translation>copia-acompanante</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="14"/>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="84"/>
        <source>Write your questions down before the visit, so none is forgotten. Put them in order of importance: the most important first, because visits can run short. Mark the ones you must not leave without asking.</source>
        <translation>Escriba sus preguntas antes de la consulta, para no olvidar ninguna. Póngalas en orden de importancia: la más importante primero, porque las consultas pueden quedarse cortas. Marque las que no puede dejar sin preguntar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="91"/>
        <source>My questions, in the order I will ask them</source>
        <translation>Mis preguntas, en el orden en que las haré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="97"/>
        <source>Add my own question</source>
        <translation>Añadir una pregunta mía</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="99"/>
        <source>No questions yet. Add your own, or choose some from the suggestions below.</source>
        <translation>Todavía no hay preguntas. Añada las suyas, o elija algunas de las sugerencias de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="106"/>
        <source>To change the order, choose a question and press Move up or Move down (or Alt+Up and Alt+Down), or drag it with the mouse.</source>
        <translation>Para cambiar el orden, elija una pregunta y pulse Subir o Bajar (o Alt+Arriba y Alt+Abajo), o arrástrela con el ratón.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="113"/>
        <source>Suggested questions</source>
        <translation>Preguntas sugeridas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="116"/>
        <source>Tick the ones you want, then press “Add the chosen questions”. They go to the end of your list; questions already on it are not added twice.</source>
        <translation>Marque las que quiera y pulse «Añadir las preguntas elegidas». Se añaden al final de su lista; las que ya están en ella no se repiten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="120"/>
        <location filename="../../ui/pages/questions_page.py" line="129"/>
        <source>Suggested questions by topic</source>
        <translation>Preguntas sugeridas por tema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="136"/>
        <source>Add the chosen questions</source>
        <translation>Añadir las preguntas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="291"/>
        <source>(question not written yet)</source>
        <translation>(pregunta aún sin escribir)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="294"/>
        <source>MUST ASK</source>
        <translation>DEBO PREGUNTAR</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="296"/>
        <source>asked</source>
        <translation>preguntada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="301"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="303"/>
        <source>Topic (optional)</source>
        <translation>Tema (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="304"/>
        <source>for example Treatment choices</source>
        <translation>por ejemplo Opciones de tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="306"/>
        <source>Must ask</source>
        <translation>Debo preguntarla</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="308"/>
        <source>A must-ask question is one you will not leave without an answer to.</source>
        <translation>Una pregunta obligada es una que no dejará la consulta sin que le respondan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="313"/>
        <source>After the visit</source>
        <translation>Después de la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="316"/>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="317"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="356"/>
        <source> (on your list)</source>
        <translation> (ya en su lista)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="399"/>
        <source>Added %1 question(s) to the end of your list.</source>
        <translation>Se añadieron %1 pregunta(s) al final de su lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="403"/>
        <source>Nothing new was added: tick a suggestion that is not on your list.</source>
        <translation>No se añadió nada nuevo: marque una sugerencia que no esté en su lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="148"/>
        <source>Suggested for your reasons</source>
        <translation>Sugeridas por sus motivos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="199"/>
        <location filename="../../ui/pages/questions_page.py" line="246"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="214"/>
        <source>Tick why you want another opinion on the step “About the diagnosis”, and questions that fit your reasons will appear here.</source>
        <translation>Marque por qué quiere otra opinión en el paso “Sobre el diagnóstico”, y aquí aparecerán preguntas que van con sus motivos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="220"/>
        <source>The bank has no questions for the reasons you gave; see the topics below.</source>
        <translation>No hay preguntas sugeridas para los motivos que dio; vea los temas de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="227"/>
        <source>Because you said: %1. Press “Add” to put a question at the end of your list.</source>
        <translation>Porque usted dijo: %1. Pulse “Añadir” para poner una pregunta al final de su lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="246"/>
        <source>On your list</source>
        <translation>En su lista</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="248"/>
        <source>%1: on your list</source>
        <translation>%1: en su lista</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="250"/>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="263"/>
        <source>That question is already on your list, so it was not added again.</source>
        <translation>Esa pregunta ya está en su lista, así que no se añadió otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/questions_page.py" line="272"/>
        <source>Added to the end of your list: %1</source>
        <translation>Añadida al final de su lista: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../ui/readiness_panel.py" line="113"/>
        <location filename="../../ui/readiness_panel.py" line="150"/>
        <source>Still to do before the visit</source>
        <translation>Lo que falta antes de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="117"/>
        <location filename="../../ui/readiness_panel.py" line="154"/>
        <source>Everything is ready.</source>
        <translation>Todo está listo.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="122"/>
        <source>The visit has taken place. The steps after the visit are below the line.</source>
        <translation>La visita ya tuvo lugar. Los pasos de después de la visita están bajo la línea.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="148"/>
        <source>Still to do after the visit</source>
        <translation>Queda por hacer después de la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="154"/>
        <source>Nothing is left to do.</source>
        <translation>No queda nada por hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="168"/>
        <source>Go to the step where you can do this</source>
        <translation>Ir al paso donde puede hacerlo</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="189"/>
        <source>Write down the diagnosis you were given.</source>
        <translation>Anote el diagnóstico que le dieron.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="190"/>
        <source>Choose why you want another opinion.</source>
        <translation>Elija por qué quiere otra opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="192"/>
        <source>Add the name, the date of birth and a phone number or email of the person the visit is for.</source>
        <translation>Anote el nombre, la fecha de nacimiento y un teléfono o correo electrónico de la persona que va a la consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="196"/>
        <source>Add your primary care doctor, so they can be kept informed.</source>
        <translation>Añada a su médico de cabecera, para mantenerle informado.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="199"/>
        <source>Mark your primary care doctor as someone to keep informed.</source>
        <translation>Marque a su médico de cabecera como alguien a quien mantener informado.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="202"/>
        <source>Add the doctor you want the second opinion from.</source>
        <translation>Anote el médico que le dará la segunda opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="205"/>
        <source>Add your insurance and ask whether a second opinion is covered.</source>
        <translation>Añada su seguro y pregunte si cubre una segunda opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="208"/>
        <source>Confirm with your insurer that the second opinion is covered.</source>
        <translation>Confirme con su seguro que cubre la segunda opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="211"/>
        <source>Write down your call to the insurer, with its reference number.</source>
        <translation>Anote su llamada al seguro, con el número de referencia.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="214"/>
        <source>List the records to send ahead: office notes, test results, scans.</source>
        <translation>Haga la lista de expedientes que hay que enviar antes: notas del consultorio, resultados de pruebas, imágenes.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="217"/>
        <source>Records not sent yet: %1. They were due on %2.</source>
        <translation>Expedientes sin enviar: %1. Había que enviarlos el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="220"/>
        <source>Records not sent yet: %1. They are due on %2.</source>
        <translation>Expedientes sin enviar: %1. Hay que enviarlos el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="222"/>
        <source>Records still to ask for: %1.</source>
        <translation>Expedientes que aún hay que pedir: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="255"/>
        <source>Write down the questions you want to ask.</source>
        <translation>Anote las preguntas que quiere hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="257"/>
        <source>Mark the questions you must ask, so that none is forgotten.</source>
        <translation>Marque las preguntas que no puede dejar de hacer, para no olvidar ninguna.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="259"/>
        <source>Book the appointment and write down when it is.</source>
        <translation>Pida la cita y anote cuándo es.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="261"/>
        <source>The appointment on %1 is more than six weeks away. Earlier is better: ask to be called if an earlier time opens up.</source>
        <translation>La cita del %1 es dentro de más de seis semanas. Cuanto antes, mejor: pida que le llamen si se libera una hora antes.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="265"/>
        <source>Ask a friend or family member to come with you, and add their name.</source>
        <translation>Pida a un amigo o familiar que le acompañe, y añada su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="267"/>
        <source>Write down what the doctor said about your diagnosis.</source>
        <translation>Anote lo que el médico dijo sobre su diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="269"/>
        <source>Tell your primary care doctor about the visit, and write down when you did.</source>
        <translation>Cuéntele la consulta a su médico de cabecera y anote cuándo lo hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="272"/>
        <source>Write down the first and the second opinion, to compare them.</source>
        <translation>Anote la primera y la segunda opinión, para compararlas.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="274"/>
        <source>Write down the plan you have chosen.</source>
        <translation>Anote el plan que ha elegido.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="231"/>
        <source>%1 has until %2 to answer your request, so the records may not arrive before your visit on %3: call them, or ask the appointment office whether to move the visit.</source>
        <translation>%1 tiene hasta el %2 para responder a su solicitud, así que el expediente podría no llegar antes de su visita del %3: llámeles, o pregunte en la oficina de citas si conviene cambiar la visita.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="226"/>
        <source>%1 had until %2 to answer your request of %3. Ask them again: call them, or print a follow-up letter on the Medical records step.</source>
        <translation>%1 tenía hasta el %2 para responder a su solicitud del %3. Vuelva a pedírselo: llámelos, o imprima una carta de seguimiento en el paso Expedientes médicos.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="237"/>
        <source>%1 has until %2 to answer your request, so the records may not arrive in time for your visit: call them.</source>
        <translation>%1 tiene hasta el %2 para responder a su solicitud, así que el expediente podría no llegar a tiempo para su visita: llámeles.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="242"/>
        <source>“%1” came on %2: send them on to the second-opinion doctor.</source>
        <translation>Recibió “%1” el %2: falta enviar ese expediente al médico de la segunda opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="246"/>
        <source>“%1” must go back by %2: ask the second-opinion doctor&apos;s office to return them, and write down when they did.</source>
        <translation>Hay que devolver “%1” a más tardar el %2: pida al consultorio del médico de la segunda opinión que haga la devolución, y anote cuándo se hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="251"/>
        <source>“%1” must go back to the office that lent them: ask the second-opinion doctor&apos;s office to return them, and write down when they did.</source>
        <translation>Hay que devolver “%1” a la oficina que hizo el préstamo: pida al consultorio del médico de la segunda opinión que haga la devolución, y anote cuándo se hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/readiness_panel.py" line="287"/>
        <source>The office that holds “%1”</source>
        <translation>La oficina que tiene “%1”</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="20"/>
        <source>Recap of the visit</source>
        <translation>Resumen de la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="29"/>
        <source>Write down what was said as soon as you can after the visit, while you remember it. Near the end of the visit it helps to ask: “Is this the diagnosis? Are these my choices?”</source>
        <translation>Anote lo que se dijo lo antes posible después de la consulta, mientras lo recuerda. Al final de la consulta ayuda preguntar: «¿Este es el diagnóstico? ¿Estas son mis opciones?»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="37"/>
        <source>Go to the Appointment step</source>
        <translation>Ir al paso de la cita</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="51"/>
        <source>The diagnosis, as I understood it</source>
        <translation>El diagnóstico, tal como lo entendí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="54"/>
        <source>My choices</source>
        <translation>Mis opciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="56"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="59"/>
        <source>Answers to my questions</source>
        <translation>Respuestas a mis preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="61"/>
        <source>You had no questions on your list for this visit.</source>
        <translation>No tenía preguntas en su lista para esta consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="70"/>
        <source>Keep your primary care doctor informed</source>
        <translation>Mantenga informado a su médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="74"/>
        <source>Go to the Care team step</source>
        <translation>Ir al paso del equipo médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="82"/>
        <source>I told my primary care doctor on</source>
        <translation>Se lo conté a mi médico de cabecera el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="84"/>
        <source>Letter to my primary care doctor</source>
        <translation>Carta a mi médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="115"/>
        <source>(question not written yet)</source>
        <translation>(pregunta aún sin escribir)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="116"/>
        <source> (must ask)</source>
        <translation> (debo preguntarla)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="122"/>
        <source>Asked question %1</source>
        <translation>Hice la pregunta %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="125"/>
        <source>Answer to question %1</source>
        <translation>Respuesta a la pregunta %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="160"/>
        <source>The recap belongs to your appointment. Add the appointment in the Appointment step first.</source>
        <translation>El resumen corresponde a su cita. Añada primero la cita en el paso de la cita.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="166"/>
        <source>the doctor</source>
        <translation>el médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="168"/>
        <source>This recap is for your visit with %1 on %2.</source>
        <translation>Este resumen es de su consulta con %1 el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="170"/>
        <source>This recap is for your visit with %1.</source>
        <translation>Este resumen es de su consulta con %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="186"/>
        <source>Your primary care doctor coordinates your care, so tell them who you saw and what was said. Add them to your care team to have their name and phone here.</source>
        <translation>Su médico de cabecera coordina su atención: cuéntele a quién vio y qué le dijeron. Añádalo a su equipo médico para tener aquí su nombre y teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="191"/>
        <source>your primary care doctor</source>
        <translation>su médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="193"/>
        <source>Your primary care doctor coordinates your care: tell %1 who you saw and what was said, by phone or with the letter below.</source>
        <translation>Su médico de cabecera coordina su atención: cuéntele a %1 a quién vio y qué le dijeron, por teléfono o con la carta de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recap_page.py" line="197"/>
        <source>Phone: %1.</source>
        <translation>Teléfono: %1.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="13"/>
        <source>Medical records</source>
        <translation>Expedientes médicos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="43"/>
        <source>Send all your records to the second-opinion doctor ahead of the visit, so they can study them. Your patient portal may already hold many of them.</source>
        <translation>Envíe todos sus expedientes al médico de la segunda opinión antes de la visita, para que pueda estudiarlos. Es posible que su portal del paciente ya tenga muchos de ellos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="68"/>
        <source>• Pathology slides and blocks are released when you sign an authorization; give the courier details.</source>
        <translation>• Las laminillas y bloques de patología se entregan cuando usted firma una autorización; dé los datos del servicio de mensajería.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="72"/>
        <source>• By law, a doctor&apos;s office must act on your request for records within 30 days.</source>
        <translation>• Por ley, el consultorio médico debe atender su pedido de expedientes en un plazo de 30 días.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="48"/>
        <source>Add the usual records</source>
        <translation>Añadir los expedientes habituales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="59"/>
        <source>When you ask for records</source>
        <translation>Al pedir sus expedientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="81"/>
        <source>Records to gather and send</source>
        <translation>Expedientes que reunir y enviar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="87"/>
        <source>Add a record</source>
        <translation>Añadir un expediente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="89"/>
        <source>No records listed yet. “Add the usual records” starts the list for you.</source>
        <translation>Todavía no hay expedientes en la lista. “Añadir los expedientes habituales” la empieza por usted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="95"/>
        <source>The chosen record</source>
        <translation>El expediente elegido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="117"/>
        <source>All the usual records are already on the list.</source>
        <translation>Todos los expedientes habituales ya están en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="128"/>
        <source>Added 1 record. Fill in who holds it.</source>
        <translation>Se añadió 1 expediente. Anote quién lo tiene.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="130"/>
        <source>Added %1 records. Fill in who holds each one.</source>
        <translation>Se añadieron %1 expedientes. Anote quién tiene cada uno.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="140"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="142"/>
        <source>held by %1</source>
        <translation>lo tiene %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="157"/>
        <source>Kind of record</source>
        <translation>Tipo de expediente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="159"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="160"/>
        <source>for example MRI of the right knee, May 2026</source>
        <translation>por ejemplo resonancia magnética de la rodilla derecha, mayo de 2026</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="163"/>
        <source>Held by (doctor&apos;s office or hospital)</source>
        <translation>Quién lo tiene (consultorio u hospital)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="165"/>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="166"/>
        <source>Requested on</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="174"/>
        <source>Print a follow-up letter...</source>
        <translation>Imprimir una carta de seguimiento...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="182"/>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="184"/>
        <source>How it was sent</source>
        <translation>Cómo se envió</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="185"/>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="206"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="64"/>
        <source>• Ask for a disc with the scans themselves, in the format hospitals use to share them (called DICOM), not only the written report.</source>
        <translation>• Pida un disco con las imágenes mismas (radiografías, resonancias), en el formato que usan los hospitales para compartirlas (llamado DICOM), no solo el informe escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="179"/>
        <source>Extension notice on</source>
        <translation>Aviso de prórroga el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="180"/>
        <source>Extended until</source>
        <translation>Prorrogado hasta el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="181"/>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="190"/>
        <source>Courier</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="191"/>
        <source>Tracking number</source>
        <translation>Número de rastreo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="192"/>
        <source>Return by</source>
        <translation>Devolver a más tardar el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="193"/>
        <source>Returned on</source>
        <translation>Devuelto el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="198"/>
        <source>Check this disc...</source>
        <translation>Revisar este disco...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="280"/>
        <source>They had to answer by %1, and that day has passed. Call them, or write to them again.</source>
        <translation>Debían responder a más tardar el %1, y ese día ya pasó. Llámeles, o escríbales otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="285"/>
        <source>They must answer by %1 (extended by their written notice).</source>
        <translation>Deben responder a más tardar el %1 (plazo prorrogado por su aviso escrito).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="288"/>
        <source>They must answer by %1 (%2 days from your request).</source>
        <translation>Deben responder a más tardar el %1 (%2 días desde su solicitud).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up_print.py" line="21"/>
        <source>Print a follow-up letter</source>
        <translation>Imprimir una carta de seguimiento</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="54"/>
        <location filename="../../ui/restore_dialog.py" line="55"/>
        <source>Restore from backup</source>
        <translation>Recuperar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="63"/>
        <source>Choose the backup to bring back. Your information as it is now will be backed up first, so nothing is lost.</source>
        <translation>Elija la copia de seguridad que quiere recuperar. Antes se hará una copia de su información tal como está ahora, así que no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="69"/>
        <source>There are no backups yet. One is made every hour while you work.</source>
        <translation>Todavía no hay copias de seguridad. Se hace una cada hora mientras trabaja.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="73"/>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Copias de seguridad, la más reciente primero:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="75"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="86"/>
        <source>&amp;Restore this backup...</source>
        <translation>&amp;Recuperar esta copia...</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="87"/>
        <source>Restore this backup</source>
        <translation>Recuperar esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="105"/>
        <source>number of cases unknown</source>
        <translation>número de casos desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="107"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="108"/>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="116"/>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="118"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="119"/>
        <source>Keep what I have</source>
        <translation>Conservar lo que tengo</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="128"/>
        <source>Replace your information with the backup from %1 (%2)? Your information as it is now will be backed up first, so you can come back to it.</source>
        <translation>¿Reemplazar su información por la copia de seguridad del %1 (%2)? Antes se hará una copia de su información tal como está ahora, para que pueda volver a ella.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/step_titles.py" line="19"/>
        <source>Review and print</source>
        <translation>Revisar e imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="41"/>
        <source>The summary ends with a box for the last 15 minutes of the visit. Use it to ask: “Is this the diagnosis? Are these my choices?” and write the answers.</source>
        <translation>El resumen termina con un recuadro para los últimos 15 minutos de la consulta. Úselo para preguntar: «¿Este es el diagnóstico? ¿Estas son mis opciones?» y anote las respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="26"/>
        <source>Already done</source>
        <translation>Ya hecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="22"/>
        <source>Before the visit, check what is still missing, then print the visit summary.</source>
        <translation>Antes de la consulta, revise lo que todavía falta y luego imprima el resumen de la consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="31"/>
        <source>Print the visit summary</source>
        <translation>Imprimir el resumen de la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="35"/>
        <source>Bring one copy for yourself, one for the person who comes with you, and one to give the doctor.</source>
        <translation>Lleve una copia para usted, otra para quien le acompañe y otra para darle al médico.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="63"/>
        <source>The diagnosis is written down.</source>
        <translation>El diagnóstico está anotado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="66"/>
        <source>Your primary care doctor: %1.</source>
        <translation>Su médico de cabecera: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="69"/>
        <source>Insurance: %1.</source>
        <translation>Seguro: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="76"/>
        <source>Records sent: %1 of %2.</source>
        <translation>Documentos enviados: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="78"/>
        <source>Records sent: %1 of %2; the others are asked for.</source>
        <translation>Documentos enviados: %1 de %2; los demás ya están pedidos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="85"/>
        <source>Questions written: %1 (must ask: %2).</source>
        <translation>Preguntas escritas: %1 (obligadas: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="93"/>
        <source>Appointment: %1, with %2.</source>
        <translation>Cita: %1, con %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="95"/>
        <source>the doctor</source>
        <translation>el médico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="97"/>
        <source>Appointment: %1.</source>
        <translation>Cita: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="101"/>
        <source>Coming with you: %1.</source>
        <translation>Le acompaña: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review_page.py" line="116"/>
        <source>Nothing yet: the list below says where to start.</source>
        <translation>Nada todavía: la lista de abajo indica por dónde empezar.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../ui/safety_wiring.py" line="72"/>
        <source>Second Opinion Companion is already open for this information. That window has been brought to the front; please use it.</source>
        <translation>Second Opinion Companion ya está abierto con esta información. Esa ventana se ha puesto delante; úsela, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/safety_wiring.py" line="77"/>
        <source>Second Opinion Companion is already open for this information, in another window. Please use that window; only one window at a time can work on the same information.</source>
        <translation>Second Opinion Companion ya está abierto con esta información, en otra ventana. Use esa ventana, por favor; solo una ventana a la vez puede trabajar con la misma información.</translation>
    </message>
    <message>
        <location filename="../../ui/safety_wiring.py" line="103"/>
        <source>Already open</source>
        <translation>Ya está abierto</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <location filename="../../ui/safety_wiring.py" line="108"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/safety_wiring.py" line="163"/>
        <location filename="../../ui/safety_wiring.py" line="281"/>
        <source>Could not restore</source>
        <translation>No se pudo recuperar</translation>
    </message>
    <message>
        <location filename="../../ui/safety_wiring.py" line="170"/>
        <source>Choose the folder that holds your information</source>
        <translation>Elija la carpeta donde está su información</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95"/>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Recuperar una copia de seguridad...</translation>
    </message>
    <message>
        <location filename="../../ui/safety_wiring.py" line="215"/>
        <source>The automatic backup could not be made. Your information itself is fine.</source>
        <translation>No se pudo hacer la copia de seguridad automática. Su información en sí está bien.</translation>
    </message>
    <message>
        <location filename="../../ui/safety_wiring.py" line="273"/>
        <source>Cannot open your information</source>
        <translation>No se puede abrir su información</translation>
    </message>
    <message>
        <location filename="../../ui/safety_wiring.py" line="285"/>
        <source>Your information was restored from the backup of %1.</source>
        <translation>Su información se recuperó de la copia de seguridad del %1.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../ui/step_navigator.py" line="49"/>
        <location filename="../../ui/step_navigator.py" line="52"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../ui/step_navigator.py" line="79"/>
        <location filename="../../ui/step_navigator.py" line="94"/>
        <source> (done)</source>
        <translation> (hecho)</translation>
    </message>
    <message>
        <location filename="../../ui/step_navigator.py" line="83"/>
        <source>After the visit:</source>
        <translation>Después de la visita:</translation>
    </message>
    <message>
        <location filename="../../ui/step_navigator.py" line="96"/>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="211"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="211"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="40"/>
        <location filename="../../ui/store_problem_dialog.py" line="41"/>
        <source>Your information could not be opened</source>
        <translation>No se pudo abrir su información</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="49"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="62"/>
        <source>Restore the newest backup (from %1)</source>
        <translation>Recuperar la copia más reciente (del %1)</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="67"/>
        <source>Restore the newest backup</source>
        <translation>Recuperar la copia más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="72"/>
        <source>Open another folder...</source>
        <translation>Abrir otra carpeta...</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="73"/>
        <source>Open another folder</source>
        <translation>Abrir otra carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="75"/>
        <location filename="../../ui/store_problem_dialog.py" line="76"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>VisitMode</name>
    <message>
        <location filename="../../ui/visit_mode.py" line="67"/>
        <source>Is this the diagnosis?</source>
        <translation>¿Es este el diagnóstico?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="70"/>
        <source>Are these my choices?</source>
        <translation>¿Son estas mis opciones?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="73"/>
        <source>What happens next, and who will tell my primary care doctor?</source>
        <translation>¿Qué pasa ahora, y quién informará a mi médico de cabecera?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="138"/>
        <source>Visit mode</source>
        <translation>Modo consulta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="160"/>
        <source>&amp;Leave visit mode (Esc)</source>
        <translation>Sa&amp;lir del modo consulta (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="161"/>
        <source>Leave visit mode</source>
        <translation>Salir del modo consulta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="186"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="187"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="188"/>
        <location filename="../../ui/visit_mode.py" line="421"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="192"/>
        <source>The question before (Alt+Left)</source>
        <translation>La pregunta anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="193"/>
        <source>The next question (Alt+Right)</source>
        <translation>La pregunta siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="225"/>
        <source>MUST ASK</source>
        <translation>PREGUNTAR SIN FALTA</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="238"/>
        <source>Asked</source>
        <translation>Ya la hice</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="241"/>
        <source>&amp;My answer</source>
        <translation>&amp;Mi respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="245"/>
        <source>My answer</source>
        <translation>Mi respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="258"/>
        <source>There are no questions on your list. You can still write what the doctor says in the closing check.</source>
        <translation>No hay preguntas en su lista. Aun así puede escribir lo que dice el médico en el repaso final.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="273"/>
        <source>Before you leave</source>
        <translation>Antes de irse</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="278"/>
        <source>Ask the doctor to sum up, and write the answers here. They go into the recap of this visit.</source>
        <translation>Pida al médico que resuma, y escriba aquí las respuestas. Quedan guardadas en el resumen de esta consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="337"/>
        <source>&amp;Asked</source>
        <translation>Ya la &amp;hice</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="410"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="418"/>
        <source>Closing check</source>
        <translation>Repaso final</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="421"/>
        <source>&amp;Finish and leave</source>
        <translation>&amp;Terminar y salir</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="423"/>
        <source>Finish and leave</source>
        <translation>Terminar y salir</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="423"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="467"/>
        <source>Visit mode: your answers are saved as you type. Esc goes back.</source>
        <translation>Modo consulta: sus respuestas se guardan mientras escribe. Esc vuelve atrás.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="532"/>
        <source>Choose a case first, then open visit mode.</source>
        <translation>Elija primero un caso, y luego abra el modo consulta.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="545"/>
        <source>&amp;Visit mode</source>
        <translation>&amp;Modo consulta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="557"/>
        <source>At the visit</source>
        <translation>En la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="560"/>
        <source>Visit mode shows your questions one at a time in large print, must-ask ones first, with a box for each answer. It ends with the closing check.</source>
        <translation>El modo consulta muestra sus preguntas de una en una, en letra grande, primero las que hay que hacer sin falta, con un espacio para cada respuesta. Termina con el repaso final.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="569"/>
        <location filename="../../ui/visit_mode.py" line="571"/>
        <source>Start visit mode</source>
        <translation>Abrir el modo consulta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_mode.py" line="573"/>
        <source>Large print, one question at a time (F5)</source>
        <translation>Letra grande, una pregunta a la vez (F5)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="36"/>
        <source>Welcome to Second Opinion Companion</source>
        <translation>Bienvenido a Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="44"/>
        <source>This app helps you prepare for a second medical opinion, calmly and step by step: why you want one, who your doctors are, what your insurance says, which records to send ahead, and the questions to ask. At the end it prints a summary to bring to the visit.</source>
        <translation>Esta aplicación le ayuda a preparar una segunda opinión médica, con calma y paso a paso: por qué la quiere, quiénes son sus médicos, qué dice su seguro, qué expedientes enviar antes y qué preguntas hacer. Al final imprime un resumen para llevar a la visita.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="71"/>
        <source>Asking for a second opinion is normal. Good doctors expect it, and no doctor should be upset that you ask.</source>
        <translation>Pedir una segunda opinión es normal. Los buenos médicos lo esperan, y ningún médico debería molestarse porque usted la pida.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="75"/>
        <source>Everything you type stays on this computer and is saved as you go. Nothing is sent anywhere. Your information is kept in this folder:</source>
        <translation>Todo lo que escribe se queda en esta computadora y se guarda a medida que escribe. No se envía nada a ninguna parte. Su información se guarda en esta carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="92"/>
        <source>Folder where your information is kept</source>
        <translation>Carpeta donde se guarda su información</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>To begin, start a case of your own, or look around an example first.</source>
        <translation>Para empezar, cree su propio caso, o mire primero un ejemplo.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Start a case</source>
        <translation>Empezar un caso</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="61"/>
        <source>Open an example case</source>
        <translation>Abrir un caso de ejemplo</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window_actions.py" line="88"/>
        <source>Open an &amp;example case</source>
        <translation>&amp;Abrir un caso de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="89"/>
        <source>&amp;Import a case file...</source>
        <translation>&amp;Importar un archivo de caso...</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="91"/>
        <source>&amp;Export this case...</source>
        <translation>&amp;Exportar este caso...</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="104"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="107"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="109"/>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="110"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="114"/>
        <source>Show &amp;people and cases</source>
        <translation>Mostrar personas y &amp;casos</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="121"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="135"/>
        <source>&amp;Where is my information?</source>
        <translation>¿&amp;Dónde está mi información?</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="137"/>
        <source>&amp;About Second Opinion Companion</source>
        <translation>&amp;Acerca de Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="163"/>
        <source>Text size: %1%</source>
        <translation>Tamaño del texto: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="170"/>
        <source>High contrast is on.</source>
        <translation>El alto contraste está activado.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="170"/>
        <source>High contrast is off.</source>
        <translation>El alto contraste está desactivado.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="206"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="208"/>
        <source>The new language will be used the next time you open Second Opinion Companion. Your information is saved; you can close the app and open it again now.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra Second Opinion Companion. Su información está guardada; puede cerrar la aplicación y abrirla de nuevo ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="223"/>
        <source>Import a case file</source>
        <translation>Importar un archivo de caso</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="225"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Archivos de caso (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="235"/>
        <source>The file %1 could not be read.</source>
        <translation>No se pudo leer el archivo %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="257"/>
        <source>The case was added, without a backup</source>
        <translation>El caso se agregó, sin copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="264"/>
        <source>This case file cannot be opened</source>
        <translation>Este archivo de caso no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="267"/>
        <source>The case was added.</source>
        <translation>Se añadió el caso.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="278"/>
        <source>Export this case</source>
        <translation>Exportar este caso</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="280"/>
        <source>Case files (*.json)</source>
        <translation>Archivos de caso (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="288"/>
        <source>The case was not exported</source>
        <translation>El caso no se exportó</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="291"/>
        <source>The case was saved to %1</source>
        <translation>El caso se guardó en %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="306"/>
        <source>The file could not be written there. Choose another folder, such as your Documents folder.</source>
        <translation>No se pudo escribir el archivo ahí. Elija otra carpeta, como su carpeta Documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="319"/>
        <source>Where is my information?</source>
        <translation>¿Dónde está mi información?</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="323"/>
        <source>Everything you type is kept on this computer, in this folder:

%1

Nothing is sent anywhere. Copies are kept in its “backups” folder.</source>
        <translation>Todo lo que escribe se guarda en esta computadora, en esta carpeta:

%1

No se envía nada a ninguna parte. Hay copias en su carpeta “backups”.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="327"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="328"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="338"/>
        <source>About Second Opinion Companion</source>
        <translation>Acerca de Second Opinion Companion</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="340"/>
        <source>Second Opinion Companion, version %1.

It helps you prepare for a second medical opinion and print a summary to bring along. It works without the internet and keeps everything on this computer.

It does not give medical advice; your doctors do.</source>
        <translation>Second Opinion Companion, versión %1.

Le ayuda a preparar una segunda opinión médica e imprimir un resumen para llevar. Funciona sin internet y guarda todo en esta computadora.

No da consejos médicos; eso lo hacen sus médicos.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="351"/>
        <source>That place is the folder of your backups, so nothing can be saved there. Please choose another place, such as your Documents folder. Nothing was changed.</source>
        <translation>Ese lugar es la carpeta de sus copias de seguridad, así que no se puede guardar nada allí. Elija otro lugar, por ejemplo su carpeta Documentos. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="356"/>
        <source>That file holds your saved information, so nothing can be saved over it. Please choose another file name. Nothing was changed.</source>
        <translation>Ese archivo contiene su información guardada, así que no se puede guardar nada encima. Elija otro nombre de archivo. No se cambió nada.</translation>
    </message>
</context>
</TS>
