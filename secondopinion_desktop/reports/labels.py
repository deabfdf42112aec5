"""The printed words of every printout, in English and Spanish, and dates written out long.

Codes from the model (reasons, record kinds...) take their words from model.catalog; this
table holds only the headings and sentences the printouts add around them.
"""

from __future__ import annotations

_EN: dict[str, str] = {
    # titles (also the neutral PDF titles; never personal)
    "title.summary": "Visit summary",
    "title.records-request": "Letters asking for records",
    "title.records-follow-up": "Letters asking again for records",
    "title.comparison": "Opinions side by side",
    "title.pcp-letter": "Letter to my primary care doctor",
    "title.blank-worksheet": "Visit worksheet",
    "title.companion": "The companion's copy",
    # page frame
    "page": "Page {n} of {m}",
    "printed": "Printed {date}",
    "not_filled": "Not filled in",
    "cell.below": "Too long for the table: see note {n} below it.",
    "cell.note": "Note {n} ({column})",
    # summary: page one
    "summary.subtitle": "Second opinion about: {title}",
    "reassure": (
        "Asking for a second opinion is a normal part of good care. Doctors expect it, "
        "and a good doctor will not be upset."
    ),
    "who": "Who",
    "name": "Name",
    "dob": "Date of birth",
    "phone": "Phone",
    "fax": "Fax",
    "email": "Email",
    "appointment": "The appointment",
    "when": "When",
    "where": "Where",
    "video_link": "Video link",
    "with": "With",
    "how": "How",
    "records_due": "Records due by",
    "companion": "Coming with me",
    "no_appointment": "No appointment has been entered yet.",
    "question": "The question",
    "question.sentence": "Diagnosis: {diagnosis}. Proposed treatment: {treatment}.",
    "proposed_treatment": "Proposed treatment",
    "question.why": "I want another opinion because:",
    "no_reasons": "No reason has been chosen yet.",
    "diagnosed_by": "Diagnosed by",
    "diagnosed": "Diagnosed",
    "diagnosed.by_on": "{by}, on {date}",
    "phone_email": "Phone, email",
    "coverage": "Coverage",
    "diagnosed_on": "Diagnosed on",
    "in_my_words": "In my own words",
    "insurance": "Insurance",
    "plan": "Plan",
    "member_id": "Member ID",
    "group_number": "Group number",
    "insurer_phone": "Insurer's phone",
    "latest_call": "Latest coverage call",
    "call.line": "{date}, spoke with {who}. Reference number: {ref}",
    "call.line_nobody": "{date}. Reference number: {ref}",
    "call.no_ref": "no reference number noted",
    "requires_so": "Second opinion required by the plan",
    "covered": "Second opinion covered",
    "referral": "Referral needed",
    "preauth": "Prior authorization needed",
    "insurance_notes": "Insurance notes",
    "insurer_said": "What the insurer said",
    "calls": "My calls to the insurance",
    "call.date": "Date",
    "call.who": "Spoke with",
    "call.ref": "Reference number",
    "call.said": "What they said",
    "care_team.rest": "The rest of my care team (my primary care doctor is on page 1)",
    "details": "More about my question",
    "no_insurance": "No insurance details have been entered.",
    "keep_informed": "Please keep my primary care doctor informed",
    "first_opinion_doctor": "First opinion from",
    "no_pcp": "No primary care doctor has been entered.",
    # summary: later pages
    "health": "My medicines, allergies and other conditions",
    "medicines": "Medicines",
    "medicine": "Medicine",
    "dose": "Dose",
    "how_often": "How often",
    "why": "What it is for",
    "no_medicines": "No medicines are listed.",
    "allergies": "Allergies",
    "substance": "Allergic to",
    "reaction": "Reaction",
    "no_allergies": "No allergies are listed.",
    "conditions": "Other conditions",
    "condition": "Condition",
    "since": "Since",
    "no_conditions": "No other conditions are listed.",
    "records": "Records",
    "records.sent": "Sent to the doctor",
    "records.in_hand": "In hand, not sent yet",
    "records.missing": "Still missing",
    "records.bring": "Records I have myself, to bring",
    "record": "Record",
    "held_by": "Held by",
    "status": "Status",
    "sent_how": "Sent",
    "none_here": "None.",
    "no_records": "No records are listed.",
    "care_team": "Care team",
    "role": "Role",
    "doctor": "Doctor",
    "contact": "Contact",
    "no_care_team": "No doctors are listed.",
    "questions": "My questions",
    "questions.intro": "In the order I want to ask them. Space below each one for the answer.",
    "must_ask": "Must ask",
    "topic": "Topic",
    "answer_noted": "Answer noted",
    "no_questions": "No questions have been written down yet. Use the lines below.",
    "closing": "Before the visit ends (the last 15 minutes)",
    "closing.intro": "Ask the doctor to sum up, and write the answers here.",
    "closing.q1": "Is this the diagnosis?",
    "closing.q2": "Are these my choices?",
    "closing.q3": "What happens next, and who will tell my primary care doctor?",
    # records request
    "rr.to": "To",
    "rr.records_office": "Medical records office",
    "rr.date": "Date",
    "rr.subject": "Request for copies of my medical records (right of access, 45 CFR 164.524)",
    "rr.greeting": "Dear records office,",
    "rr.body": (
        "I am asking for copies of my medical records under my right of access in the "
        "HIPAA Privacy Rule (45 CFR 164.524). I am seeking a second opinion, so please "
        "send the records listed below."
    ),
    "rr.patient": "Patient",
    "rr.address": "Address",
    "rr.wanted": "Records I am asking for",
    "rr.fill_in": "(write the records here)",
    "rr.format": "Format",
    "rr.format.general": (
        "Paper or electronic copies, whichever you can produce readily. Electronic copies "
        "are welcome."
    ),
    "rr.format.disc": (
        "For imaging: the images themselves on a true DICOM disc (the original image files, "
        "not only a viewer program or the written report)."
    ),
    "rr.format.slides": (
        "For pathology: please release the original slides and blocks on my signed "
        "authorization below. Courier details:"
    ),
    "rr.courier": "Courier company, account and tracking number",
    "rr.courier.short": "Courier",
    "rr.send_to": "Please send the records directly to",
    "rr.send_to_blank": "(name and address of the doctor who will give the second opinion)",
    "rr.copy_me": "Please also send me a copy at the contact details above.",
    "rr.law": (
        "The law asks you to act on this request within 30 calendar days. That time may be "
        "extended once, by up to 30 more days, only with a written notice to me. Any fee may "
        "only be a reasonable, cost-based fee for copying and postage."
    ),
    "rr.thanks": "Thank you for your help.",
    "rr.bring": "Records I have myself: bring them to the visit",
    "rr.bring.intro": (
        "No letter is needed for these: you hold them. Take them with you, or send them to "
        "the doctor ahead of the visit."
    ),
    "rr.signature": "Signature",
    "rr.printed_name": "Printed name",
    "rr.authorization": "Signature authorizing release of slides and blocks",
    # records follow-up
    "fu.nothing": (
        "No records request is past its deadline, so there is no follow-up letter to print."
    ),
    "fu.subject": "Second request for my medical records (first asked for on {asked})",
    "fu.body": (
        "On {asked} I asked you for copies of my medical records under my right of access "
        "in the HIPAA Privacy Rule (45 CFR 164.524). I have not received them yet, so I am "
        "asking again."
    ),
    "fu.deadline": (
        "The law gives you 30 calendar days to act on a request; for mine that time ended on "
        "{due}."
    ),
    "fu.deadline.extended": (
        "The law gives you 30 calendar days to act on a request, extended once by your written "
        "notice; for mine that time ended on {due}."
    ),
    "fu.wanted": "Records I am still waiting for",
    "fu.asked_on": "asked for on {asked}",
    "fu.law.heading": "What the law asks",
    "fu.law.time": (
        "A request must be acted on within 30 calendar days. That time may be extended once, "
        "by up to 30 more days, only with a written notice to me within the first 30 days "
        "saying why and by when."
    ),
    "fu.law.format": (
        "The records must be given in the form and format I asked for if they are readily "
        "producible that way (for imaging, a DICOM disc with the images themselves)."
    ),
    "fu.law.fees": (
        "Any fee may only be a reasonable, cost-based fee for copying, supplies and postage; "
        "no fee for searching for or retrieving the records."
    ),
    "fu.send_to_me": "Please send the records to me:",
    "fu.closing": (
        "Please send the records now, or tell me in writing when they will be sent. If part "
        "of my request is denied, please tell me why in writing."
    ),
    # records in the summary
    "rec.due": "answer due by {due}",
    "rec.due.extended": "answer due by {due} (extended)",
    "rec.overdue": "{holder} had until {due} to answer the request of {asked}: ask them again",
    "rec.late": "may not arrive before the visit on {visit}",
    "rec.received_not_sent": "received {day} but not yet sent on to the doctor",
    "rec.courier": "Courier: {courier}",
    "rec.tracking": "tracking {number}",
    "rec.return_by": "must go back by {day}",
    "rec.returned": "returned {day}",
    "rec.disc": "Disc checked {day}: {studies} studies, {images} images",
    "rec.disc.one": "Disc checked {day}: 1 study, {images} images",
    "rec.holder": "the office",
    "rr.slides.return": "Please tell me if the slides must be returned, and by when:",
    "rr.slides.return_by": "I will make sure the slides are returned to you by {day}.",
    # comparison
    "cmp.opinion": "Opinion {n}",
    "cmp.doctor": "Doctor",
    "cmp.date": "Date",
    "cmp.diagnosis": "Diagnosis",
    "cmp.treatment": "Recommended treatment",
    "cmp.options": "Other options",
    "cmp.compared": "Compared with the first",
    "cmp.notes": "Notes",
    "cmp.first": "This is the first opinion",
    "cmp.none": "No opinions have been entered yet.",
    "cmp.one": "Only one opinion has been entered so far.",
    "cmp.disagree": (
        "These opinions do not agree. It is reasonable, and common, to ask for a third "
        "opinion. Medicare Part B and many plans cover a third opinion when the first two "
        "differ; call your insurer to check."
    ),
    "cmp.agree": (
        "These opinions agree, or one refines the other. That can help you feel confident "
        "in the plan."
    ),
    "cmp.decision": "My decision",
    "cmp.chosen_plan": "Plan chosen",
    "cmp.with_doctor": "With",
    "cmp.decided_on": "Decided on",
    "cmp.why": "Why",
    # pcp letter
    "pcp.dear": "Dear {name},",
    "pcp.dear_blank": "Dear Doctor,",
    "pcp.subject": "An update about my second opinion",
    "pcp.intro": (
        "I want to keep you informed, as my primary care doctor, about the second opinion "
        "I sought about: {diagnosis}."
    ),
    "pcp.saw": "Whom I saw",
    "pcp.will_see": "Whom I will see",
    "pcp.visit": "The second opinion",
    "pcp.recommended": "What was recommended",
    "pcp.decided": "What I decided",
    "pcp.not_yet": "I have not decided yet.",
    "pcp.recap": "My notes from the visit",
    "pcp.recap.diagnosis": "The diagnosis as I understood it",
    "pcp.recap.choices": "My choices",
    "pcp.recap.next": "Next steps",
    "pcp.close": "Please keep this with my records. I am happy to talk about it at my next visit.",
    "pcp.sincerely": "With thanks,",
    "pcp.nobody": "No visit has been entered yet.",
    # worksheet
    "ws.intro": "Fill this in by hand and bring it to the visit.",
    "ws.check_reasons": "Why I want another opinion (tick all that fit):",
    "ws.suggested": "Questions many people ask",
    "ws.sq1": "Is my diagnosis correct?",
    "ws.sq2": "Do I need this surgery, or are there medicines instead?",
    "ws.sq3": "Are there clinical trials for my condition?",
    "ws.sq4": "What are the risks and benefits of each option?",
    "ws.my_questions": "My own questions",
    "ws.records_check": "Records to send ahead (tick when sent):",
}

_ES: dict[str, str] = {
    "title.summary": "Resumen para la consulta",
    "title.records-request": "Cartas para pedir documentos médicos",
    "title.records-follow-up": "Cartas para volver a pedir documentos médicos",
    "title.comparison": "Opiniones lado a lado",
    "title.pcp-letter": "Carta a mi médico de cabecera",
    "title.blank-worksheet": "Hoja de trabajo para la consulta",
    "title.companion": "La copia de quien me acompaña",
    "page": "Página {n} de {m}",
    "printed": "Impreso el {date}",
    "not_filled": "Sin completar",
    "cell.below": "Demasiado largo para la tabla: vea la nota {n} debajo.",
    "cell.note": "Nota {n} ({column})",
    "summary.subtitle": "Segunda opinión sobre: {title}",
    "reassure": (
        "Pedir una segunda opinión es parte normal de una buena atención. Los médicos lo "
        "esperan, y un buen médico no se molestará."
    ),
    "who": "Quién",
    "name": "Nombre",
    "dob": "Fecha de nacimiento",
    "phone": "Teléfono",
    "fax": "Fax",
    "email": "Correo electrónico",
    "appointment": "La cita",
    "when": "Cuándo",
    "where": "Dónde",
    "video_link": "Enlace de video",
    "with": "Con",
    "how": "Cómo",
    "records_due": "Documentos antes del",
    "companion": "Me acompaña",
    "no_appointment": "Todavía no se ha anotado ninguna cita.",
    "question": "La pregunta",
    "question.sentence": "Diagnóstico: {diagnosis}. Tratamiento propuesto: {treatment}.",
    "proposed_treatment": "Tratamiento propuesto",
    "question.why": "Quiero otra opinión porque:",
    "no_reasons": "Todavía no se ha elegido ningún motivo.",
    "diagnosed_by": "Diagnosticado por",
    "diagnosed": "Diagnóstico hecho",
    "diagnosed.by_on": "{by}, el {date}",
    "phone_email": "Teléfono, correo",
    "coverage": "Cobertura",
    "diagnosed_on": "Diagnosticado el",
    "in_my_words": "En mis propias palabras",
    "insurance": "Seguro médico",
    "plan": "Plan",
    "member_id": "Número de afiliado",
    "group_number": "Número de grupo",
    "insurer_phone": "Teléfono del seguro",
    "latest_call": "Última llamada sobre la cobertura",
    "call.line": "{date}, hablé con {who}. Número de referencia: {ref}",
    "call.line_nobody": "{date}. Número de referencia: {ref}",
    "call.no_ref": "sin número de referencia anotado",
    "requires_so": "El plan exige una segunda opinión",
    "covered": "La segunda opinión está cubierta",
    "referral": "Hace falta una derivación",
    "preauth": "Hace falta autorización previa",
    "insurance_notes": "Notas del seguro",
    "insurer_said": "Lo que dijo el seguro",
    "calls": "Mis llamadas al seguro",
    "call.date": "Fecha",
    "call.who": "Hablé con",
    "call.ref": "Número de referencia",
    "call.said": "Lo que dijeron",
    "care_team.rest": "El resto de mi equipo médico (mi médico de cabecera está en la página 1)",
    "details": "Más sobre mi pregunta",
    "no_insurance": "No se han anotado datos del seguro.",
    "keep_informed": "Por favor, mantengan informado a mi médico de cabecera",
    "first_opinion_doctor": "Primera opinión de",
    "no_pcp": "No se ha anotado ningún médico de cabecera.",
    "health": "Mis medicamentos, alergias y otras enfermedades",
    "medicines": "Medicamentos",
    "medicine": "Medicamento",
    "dose": "Dosis",
    "how_often": "Con qué frecuencia",
    "why": "Para qué es",
    "no_medicines": "No hay medicamentos anotados.",
    "allergies": "Alergias",
    "substance": "Alergia a",
    "reaction": "Reacción",
    "no_allergies": "No hay alergias anotadas.",
    "conditions": "Otras enfermedades",
    "condition": "Enfermedad",
    "since": "Desde",
    "no_conditions": "No hay otras enfermedades anotadas.",
    "records": "Documentos médicos",
    "records.sent": "Enviados al médico",
    "records.in_hand": "En mi poder, todavía sin enviar",
    "records.missing": "Todavía faltan",
    "records.bring": "Documentos que tengo yo, para llevar",
    "record": "Documento",
    "held_by": "Lo tiene",
    "status": "Estado",
    "sent_how": "Enviado",
    "none_here": "Ninguno.",
    "no_records": "No hay documentos anotados.",
    "care_team": "Equipo médico",
    "role": "Papel",
    "doctor": "Médico",
    "contact": "Contacto",
    "no_care_team": "No hay médicos anotados.",
    "questions": "Mis preguntas",
    "questions.intro": (
        "En el orden en que quiero hacerlas. Hay espacio debajo de cada una para la respuesta."
    ),
    "must_ask": "Preguntar sin falta",
    "topic": "Tema",
    "answer_noted": "Respuesta anotada",
    "no_questions": "Todavía no hay preguntas escritas. Use las líneas de abajo.",
    "closing": "Antes de que termine la consulta (los últimos 15 minutos)",
    "closing.intro": "Pida al médico que resuma, y escriba aquí las respuestas.",
    "closing.q1": "¿Es este el diagnóstico?",
    "closing.q2": "¿Son estas mis opciones?",
    "closing.q3": "¿Qué pasa ahora, y quién informará a mi médico de cabecera?",
    "rr.to": "Para",
    "rr.records_office": "Oficina de historias clínicas",
    "rr.date": "Fecha",
    "rr.subject": (
        "Solicitud de copias de mi historia clínica (derecho de acceso, 45 CFR 164.524)"
    ),
    "rr.greeting": "Estimada oficina de historias clínicas:",
    "rr.body": (
        "Solicito copias de mi historia clínica en virtud de mi derecho de acceso según la "
        "Regla de Privacidad de HIPAA (45 CFR 164.524). Busco una segunda opinión, así que "
        "les ruego envíen los documentos que se indican abajo."
    ),
    "rr.patient": "Paciente",
    "rr.address": "Dirección",
    "rr.wanted": "Documentos que solicito",
    "rr.fill_in": "(escriba aquí los documentos)",
    "rr.format": "Formato",
    "rr.format.general": (
        "Copias en papel o electrónicas, las que puedan producir fácilmente. Las copias "
        "electrónicas son bienvenidas."
    ),
    "rr.format.disc": (
        "Para las imágenes: las imágenes mismas en un disco DICOM verdadero (los archivos "
        "originales, no solo un programa visor ni el informe escrito)."
    ),
    "rr.format.slides": (
        "Para patología: les ruego entreguen las laminillas y bloques originales con mi "
        "autorización firmada abajo. Datos del mensajero:"
    ),
    "rr.courier": "Empresa de mensajería, cuenta y número de seguimiento",
    "rr.courier.short": "Mensajería",
    "rr.send_to": "Les ruego envíen los documentos directamente a",
    "rr.send_to_blank": "(nombre y dirección del médico de la segunda opinión)",
    "rr.copy_me": "Les ruego también me envíen una copia a mis datos de contacto.",
    "rr.law": (
        "La ley pide que respondan a esta solicitud en un plazo de 30 días naturales. Ese plazo "
        "solo puede ampliarse una vez, hasta 30 días más, con un aviso por escrito. Cualquier "
        "cargo debe ser razonable y basado solo en el costo de copia y envío."
    ),
    "rr.thanks": "Gracias por su ayuda.",
    "rr.bring": "Documentos que tengo yo: llévelos a la consulta",
    "rr.bring.intro": (
        "Para estos no hace falta carta: los tiene usted. Llévelos consigo o envíelos al "
        "médico antes de la consulta."
    ),
    "rr.signature": "Firma",
    "rr.printed_name": "Nombre en letra de imprenta",
    "rr.authorization": "Firma que autoriza la entrega de laminillas y bloques",
    # records follow-up
    "fu.nothing": (
        "Ninguna solicitud de documentos ha pasado su plazo, así que no hay carta de "
        "seguimiento que imprimir."
    ),
    "fu.subject": (
        "Segunda solicitud de mis documentos médicos (pedidos por primera vez el {asked})"
    ),
    "fu.body": (
        "El {asked} les pedí copias de mis documentos médicos en virtud de mi derecho de "
        "acceso de la Regla de Privacidad de HIPAA (45 CFR 164.524). Todavía no los he "
        "recibido, así que se los pido de nuevo."
    ),
    "fu.deadline": (
        "La ley les da 30 días naturales para atender una solicitud; para la mía ese plazo "
        "terminó el {due}."
    ),
    "fu.deadline.extended": (
        "La ley les da 30 días naturales para atender una solicitud, prorrogados una vez por "
        "su aviso por escrito; para la mía ese plazo terminó el {due}."
    ),
    "fu.wanted": "Documentos que todavía espero",
    "fu.asked_on": "pedidos el {asked}",
    "fu.law.heading": "Lo que pide la ley",
    "fu.law.time": (
        "Una solicitud debe atenderse en 30 días naturales. Ese plazo puede prorrogarse una "
        "sola vez, hasta 30 días más, solo con un aviso por escrito dentro de los primeros "
        "30 días que diga por qué y hasta cuándo."
    ),
    "fu.law.format": (
        "Los documentos deben entregarse en la forma y el formato que pedí si pueden "
        "producirse así sin dificultad (para imágenes, un disco DICOM con las imágenes)."
    ),
    "fu.law.fees": (
        "Solo puede cobrarse una tarifa razonable basada en el costo de copias, materiales y "
        "envío; nada por buscar o recuperar los documentos."
    ),
    "fu.send_to_me": "Les ruego me envíen los documentos a mí:",
    "fu.closing": (
        "Les ruego envíen los documentos ahora, o me digan por escrito cuándo los enviarán. "
        "Si niegan parte de mi solicitud, les ruego me digan por escrito por qué."
    ),
    # records in the summary
    "rec.due": "respuesta debida a más tardar el {due}",
    "rec.due.extended": "respuesta debida a más tardar el {due} (prorrogado)",
    "rec.overdue": (
        "{holder} tenía hasta el {due} para responder a la solicitud del {asked}: pídalos de "
        "nuevo"
    ),
    "rec.late": "puede que no lleguen antes de la consulta del {visit}",
    "rec.received_not_sent": "recibidos el {day} pero aún no enviados al médico",
    "rec.courier": "Mensajería: {courier}",
    "rec.tracking": "seguimiento {number}",
    "rec.return_by": "deben devolverse a más tardar el {day}",
    "rec.returned": "devueltos el {day}",
    "rec.disc": "Disco revisado el {day}: {studies} estudios, {images} imágenes",
    "rec.disc.one": "Disco revisado el {day}: 1 estudio, {images} imágenes",
    "rec.holder": "la oficina",
    "rr.slides.return": "Les ruego me digan si las laminillas deben devolverse, y para cuándo:",
    "rr.slides.return_by": (
        "Me aseguraré de que les devuelvan las laminillas a más tardar el {day}."
    ),
    "cmp.opinion": "Opinión {n}",
    "cmp.doctor": "Médico",
    "cmp.date": "Fecha",
    "cmp.diagnosis": "Diagnóstico",
    "cmp.treatment": "Tratamiento recomendado",
    "cmp.options": "Otras opciones",
    "cmp.compared": "Comparada con la primera",
    "cmp.notes": "Notas",
    "cmp.first": "Esta es la primera opinión",
    "cmp.none": "Todavía no se ha anotado ninguna opinión.",
    "cmp.one": "Hasta ahora solo hay una opinión anotada.",
    "cmp.disagree": (
        "Estas opiniones no coinciden. Es razonable, y frecuente, pedir una tercera opinión. "
        "Medicare Parte B y muchos planes cubren una tercera opinión cuando las dos primeras "
        "difieren; llame a su seguro para confirmarlo."
    ),
    "cmp.agree": (
        "Estas opiniones coinciden, o una precisa la otra. Eso puede ayudarle a confiar en el plan."
    ),
    "cmp.decision": "Mi decisión",
    "cmp.chosen_plan": "Plan elegido",
    "cmp.with_doctor": "Con",
    "cmp.decided_on": "Decidido el",
    "cmp.why": "Por qué",
    "pcp.dear": "Estimado/a {name}:",
    "pcp.dear_blank": "Estimado/a doctor/a:",
    "pcp.subject": "Novedades sobre mi segunda opinión",
    "pcp.intro": (
        "Quiero mantenerle informado/a, como mi médico de cabecera, sobre la segunda opinión "
        "que pedí acerca de: {diagnosis}."
    ),
    "pcp.saw": "A quién consulté",
    "pcp.will_see": "A quién voy a consultar",
    "pcp.visit": "La segunda opinión",
    "pcp.recommended": "Qué me recomendaron",
    "pcp.decided": "Qué decidí",
    "pcp.not_yet": "Todavía no he decidido.",
    "pcp.recap": "Mis notas de la consulta",
    "pcp.recap.diagnosis": "El diagnóstico tal como lo entendí",
    "pcp.recap.choices": "Mis opciones",
    "pcp.recap.next": "Próximos pasos",
    "pcp.close": (
        "Le ruego guarde esta carta con mi historia. Con gusto lo hablamos en mi próxima consulta."
    ),
    "pcp.sincerely": "Muchas gracias,",
    "pcp.nobody": "Todavía no se ha anotado ninguna consulta.",
    "ws.intro": "Complete esta hoja a mano y llévela a la consulta.",
    "ws.check_reasons": "Por qué quiero otra opinión (marque todo lo que corresponda):",
    "ws.suggested": "Preguntas que mucha gente hace",
    "ws.sq1": "¿Es correcto mi diagnóstico?",
    "ws.sq2": "¿Necesito esta cirugía, o hay medicamentos en su lugar?",
    "ws.sq3": "¿Hay ensayos clínicos para mi enfermedad?",
    "ws.sq4": "¿Cuáles son los riesgos y beneficios de cada opción?",
    "ws.my_questions": "Mis propias preguntas",
    "ws.records_check": "Documentos para enviar antes (marque al enviarlos):",
}

def text(key: str, language: str = "en", **values: str) -> str:
    """The printed words for ``key`` in ``language``, with ``{placeholders}`` filled in."""
    table = _ES if language == "es" else _EN
    template = table.get(key, _EN[key])
    return template.format(**values) if values else template
