import { catalogue } from './catalogue.ts';

/**
 * The authoring guide. Its prose is the site's own markup (`<code>`, `<strong>`, links), set as HTML; each
 * placeholder is filled with an escaped value: a file name, an id, a title or one of the site's paths.
 * Code, file names, commands and the checks' messages stay as they are in every language.
 */
export const authoringMessages = catalogue(
  {
    title: 'Adapting or adding an instrument',
    description:
      "How to change one of Cultivate's instruments under a new version, or start a new one with npm run instrument:new: the files to edit, the commands to run, and what each message from the build's checks means.",
    lead: 'Every instrument on this site is a short TypeScript file in a copy of the project. Edit that file, or start a new one with a single command, and the next build makes everything else from it.',
    modelHeading: 'Where an instrument lives',
    modelFiles:
      'The folder <code>src/instruments</code> holds the framework model: the constructs, stages and elements in <code>framework.ts</code>, the response scales in <code>scale-source.ts</code>, and one file per instrument. An instrument whose id is <code>team-climate</code> is defined in <code>src/instruments/team-climate.ts</code>. A version kept in the archive has its major version added to the name: version {archivedVersion} of <code>{example}</code> is in <code>{archivedFile}</code>. A short form sits in the same file as its full form. In <code>source-model.ts</code>, the list <code>instruments</code> holds the versions offered and the list <code>archive</code> those kept for reading older responses.',
    modelFields:
      'Each instrument has an id, a version, a title, an audience, an estimate of the minutes it takes, an introduction, a consent statement, sections of items, the link parameters it accepts and its scoring rules. A scored item names its construct, its response scale and whether agreement means less of the construct (<code>reverse</code>). The file <code>src/instruments/types.ts</code> documents every field. Every text a respondent sees is written with its language, as in <code>{localizedText}</code>, and <code>languages</code> lists the languages the instrument is offered in: the build stops when a text lacks one of them, is empty, or leaves out a placeholder such as <code>{unitPlaceholder}</code> that its English text has.',
    adaptingHeading: 'Adapting an existing instrument',
    adaptingIntro:
      'Responses carry the version and content hash of the instrument they answered, so a published version never changes. Any change of wording, order, response scale or scoring is a new version.',
    newVersionHeading: 'Give it a new version and keep the old one',
    newVersionCopy:
      'Copy the current file, say <code>src/instruments/team-climate.ts</code>, to <code>src/instruments/team-climate-1.ts</code>, and rename the exported constant in the copy (for example to <code>teamClimate1</code>). Leave everything else in the copy as it is.',
    newVersionArchive:
      'In <code>src/instruments/source-model.ts</code>, import the copy and add it to <code>archive</code>. Responses to it are still accepted, scored and analysed.',
    newVersionRaise:
      'Make your changes in the current file and raise its <code>version</code>: for example from <code>1.0.0</code> to <code>2.0.0</code>.',
    newVersionRecord: "Run <code>npm run instruments:record</code> to record the new version's content hash.",
    changedItemHeading: 'A changed question gets a new item id',
    changedItem:
      'An item id names one question for good: it is the variable name in every codebook and export. When you reword an item, change its scale, its construct or its keying, give it a new id. Items the two versions share by id are the crosswalk between them: the analysis pools their answers across versions, and the codebook notes since which version each has been asked unchanged. An item that keeps its id is therefore one you promise is the same question.',
    constructHeading: 'Adding a construct',
    construct:
      'A scored item can only name a construct that the framework defines. To measure something new, add it to <code>constructs</code> in <code>src/instruments/framework.ts</code>: a kebab-case id, a name, the element it belongs to, a one-sentence definition, two or three questions a team can talk through, and the slug of the essay that explains it. Give it at least three scored items in an instrument in the same change, since the build refuses a construct that nothing measures. The construct then has its own page under <code>/framework/</code>, and essays can name it in their front matter.',
    addingHeading: 'Adding a new instrument',
    addingRun: 'In the project folder, run the scaffold with the id you want:',
    addingDoes: 'It does four things:',
    addingWrites:
      'writes <code>src/instruments/team-climate.ts</code>: one section of three agreement items on the shared domain construct, one of them reverse-keyed, at version 1.0.0;',
    addingAdds: 'adds the instrument to <code>instruments</code> in <code>src/instruments/source-model.ts</code>;',
    addingRecords: 'records the content hash of version 1.0.0 in <code>src/instruments/published.json</code>;',
    addingPrints: 'prints the next steps.',
    addingRefuses:
      'It refuses an id that is not kebab-case (lowercase letters and digits in words joined by hyphens, starting with a letter), an id another instrument already has, and an id whose file already exists.',
    addingEdit:
      "Then replace every text marked <code>EDIT</code> in the new file: the title, the audience, the introduction, the consent statement, the section's title and description, and each item's wording. Choose the construct of each item, add sections and items, and set <code>minutes</code> to what answering takes. Until the instrument is first published, you may record your edits under 1.0.0: delete its entry from <code>src/instruments/published.json</code> and run <code>npm run instruments:record</code> again. Once respondents have seen it, every change needs a new version, as above.",
    addingCheck:
      'Check your work with <code>npm run check</code>, <code>npm run test:unit</code> and <code>npm run build</code>, then look at it with <code>npm run dev</code>.',
    checksHeading: 'What the checks report',
    checks:
      "The build checks the whole model before it makes a single page. If anything is wrong, it stops and lists every problem at once. Each line names the file to open, the instrument and item, and the field, then says what is wrong and how to fix it. The unit tests add one more check: that each version's content still matches the hash recorded for it. These are the messages for the most common mistakes, as the checks print them today.",
    outputsHeading: 'What appears without further code',
    outputsIntro:
      'Nothing else needs to change. From the model, the next build makes for each instrument the same set of pages and files it makes for {title}:',
    outputInstrument: 'the instrument page, where respondents answer and see their results',
    outputPrint: 'the print version',
    outputCodebookCsv: 'the codebook as CSV',
    outputCodebookJson: 'the codebook as JSON',
    outputSurvey: 'the SurveyJS definition',
    outputSpss: 'SPSS syntax',
    outputStata: 'a Stata do-file',
    outputR: 'an R script of labels',
    outputRedcap: 'a REDCap data dictionary',
    outputsAlso:
      'It also lists the instrument on the <a href="{instruments}">instruments page</a>, in the <a href="{linkBuilder}">link builder</a> and on the <a href="{analysis}">analysis page</a>, where its responses are checked, scored and summarised. Its version and hash appear on the <a href="{researchers}">researchers\' page</a>, each construct\'s page names the items that measure it, and the site search finds it. <code>npm run score</code> and <code>npm run analyze</code> read its responses too.',
  },
  {
    es: {
      title: 'Adaptar o agregar un instrumento',
      description:
        'Cómo cambiar uno de los instrumentos de Cultivate con una nueva versión, o empezar uno nuevo con npm run instrument:new: los archivos que hay que editar, los comandos que hay que ejecutar y qué significa cada mensaje de las comprobaciones de la compilación.',
      lead: 'Cada instrumento de este sitio es un archivo breve de TypeScript en una copia del proyecto. Edite ese archivo, o empiece uno nuevo con un solo comando, y la siguiente compilación genera todo lo demás a partir de él.',
      modelHeading: 'Dónde vive un instrumento',
      modelFiles:
        'La carpeta <code>src/instruments</code> contiene el modelo del marco: los constructos, las etapas y los elementos en <code>framework.ts</code>, las escalas de respuesta en <code>scale-source.ts</code> y un archivo por instrumento. Un instrumento cuyo identificador es <code>team-climate</code> se define en <code>src/instruments/team-climate.ts</code>. Una versión guardada en el archivo histórico lleva su número de versión principal añadido al nombre: la versión {archivedVersion} de <code>{example}</code> está en <code>{archivedFile}</code>. Una forma breve está en el mismo archivo que su forma completa. En <code>source-model.ts</code>, la lista <code>instruments</code> contiene las versiones que se ofrecen y la lista <code>archive</code>, las que se conservan para leer respuestas anteriores.',
      modelFields:
        'Cada instrumento tiene un identificador, una versión, un título, un público, una estimación de los minutos que toma, una introducción, una declaración de consentimiento, secciones de ítems, los parámetros de enlace que acepta y sus reglas de puntuación. Un ítem con puntaje indica su constructo, su escala de respuesta y si estar de acuerdo significa menos del constructo (<code>reverse</code>). El archivo <code>src/instruments/types.ts</code> documenta cada campo. Cada texto que ve la persona que responde se escribe con su idioma, como en <code>{localizedText}</code>, y <code>languages</code> enumera los idiomas en que se ofrece el instrumento: la compilación se detiene cuando a un texto le falta alguno de ellos, está vacío u omite un marcador como <code>{unitPlaceholder}</code> que sí tiene su texto en inglés.',
      adaptingHeading: 'Adaptar un instrumento existente',
      adaptingIntro:
        'Las respuestas llevan la versión y el hash de contenido del instrumento que respondieron, así que una versión publicada nunca cambia. Cualquier cambio de redacción, orden, escala de respuesta o puntuación es una nueva versión.',
      newVersionHeading: 'Dele una nueva versión y conserve la anterior',
      newVersionCopy:
        'Copie el archivo actual, por ejemplo <code>src/instruments/team-climate.ts</code>, a <code>src/instruments/team-climate-1.ts</code>, y cambie el nombre de la constante exportada en la copia (por ejemplo, a <code>teamClimate1</code>). Deje todo lo demás de la copia tal como está.',
      newVersionArchive:
        'En <code>src/instruments/source-model.ts</code>, importe la copia y agréguela a <code>archive</code>. Las respuestas a esa versión se siguen aceptando, puntuando y analizando.',
      newVersionRaise:
        'Haga sus cambios en el archivo actual y suba su <code>version</code>: por ejemplo, de <code>1.0.0</code> a <code>2.0.0</code>.',
      newVersionRecord:
        'Ejecute <code>npm run instruments:record</code> para registrar el hash de contenido de la nueva versión.',
      changedItemHeading: 'Una pregunta cambiada recibe un nuevo identificador de ítem',
      changedItem:
        'El identificador de un ítem nombra una sola pregunta para siempre: es el nombre de la variable en cada libro de códigos y cada exportación. Cuando cambie la redacción de un ítem, su escala, su constructo o su sentido (directo o inverso), dele un nuevo identificador. Los ítems que dos versiones comparten por identificador son el puente entre ellas: el análisis combina sus respuestas entre versiones, y el libro de códigos indica desde qué versión se pregunta cada uno sin cambios. Por eso, un ítem que conserva su identificador es uno que usted garantiza que es la misma pregunta.',
      constructHeading: 'Agregar un constructo',
      construct:
        'Un ítem con puntaje solo puede nombrar un constructo que el marco define. Para medir algo nuevo, agréguelo a <code>constructs</code> en <code>src/instruments/framework.ts</code>: un identificador en kebab-case, un nombre, el elemento al que pertenece, una definición de una oración, dos o tres preguntas que un equipo pueda conversar y el slug del ensayo que lo explica. Dele al menos tres ítems con puntaje en un instrumento en el mismo cambio, porque la compilación rechaza un constructo que nada mide. El constructo tiene entonces su propia página bajo <code>/framework/</code>, y los ensayos pueden nombrarlo en sus metadatos iniciales (front matter).',
      addingHeading: 'Agregar un instrumento nuevo',
      addingRun: 'En la carpeta del proyecto, ejecute el generador con el identificador que desee:',
      addingDoes: 'Hace cuatro cosas:',
      addingWrites:
        'escribe <code>src/instruments/team-climate.ts</code>: una sección de tres ítems de acuerdo sobre el constructo de dominio compartido, uno de ellos inverso, en la versión 1.0.0;',
      addingAdds: 'agrega el instrumento a <code>instruments</code> en <code>src/instruments/source-model.ts</code>;',
      addingRecords:
        'registra el hash de contenido de la versión 1.0.0 en <code>src/instruments/published.json</code>;',
      addingPrints: 'muestra los pasos siguientes.',
      addingRefuses:
        'Rechaza un identificador que no esté en kebab-case (letras minúsculas y dígitos en palabras unidas por guiones, empezando por una letra), un identificador que ya tenga otro instrumento y un identificador cuyo archivo ya exista.',
      addingEdit:
        'Luego reemplace cada texto marcado con <code>EDIT</code> en el archivo nuevo: el título, el público, la introducción, la declaración de consentimiento, el título y la descripción de la sección y la redacción de cada ítem. Elija el constructo de cada ítem, agregue secciones e ítems y fije <code>minutes</code> en lo que toma responder. Hasta que el instrumento se publique por primera vez, puede registrar sus cambios bajo la versión 1.0.0: borre su entrada de <code>src/instruments/published.json</code> y vuelva a ejecutar <code>npm run instruments:record</code>. Una vez que alguien lo haya respondido, cada cambio necesita una nueva versión, como se explica arriba.',
      addingCheck:
        'Revise su trabajo con <code>npm run check</code>, <code>npm run test:unit</code> y <code>npm run build</code>, y luego véalo con <code>npm run dev</code>.',
      checksHeading: 'Qué informan las comprobaciones',
      checks:
        'La compilación revisa el modelo completo antes de generar una sola página. Si algo está mal, se detiene y enumera todos los problemas a la vez. Cada línea nombra el archivo que hay que abrir, el instrumento y el ítem, y el campo, y luego dice qué está mal y cómo corregirlo. Las pruebas unitarias agregan una comprobación más: que el contenido de cada versión siga coincidiendo con el hash registrado para ella. Estos son los mensajes de los errores más comunes, tal como los imprimen hoy las comprobaciones (en inglés).',
      outputsHeading: 'Lo que aparece sin más código',
      outputsIntro:
        'No hace falta cambiar nada más. A partir del modelo, la siguiente compilación genera para cada instrumento el mismo conjunto de páginas y archivos que genera para {title}:',
      outputInstrument: 'la página del instrumento, donde las personas responden y ven sus resultados',
      outputPrint: 'la versión para imprimir',
      outputCodebookCsv: 'el libro de códigos en CSV',
      outputCodebookJson: 'el libro de códigos en JSON',
      outputSurvey: 'la definición de SurveyJS',
      outputSpss: 'la sintaxis de SPSS',
      outputStata: 'un archivo do de Stata',
      outputR: 'un script de R con las etiquetas',
      outputRedcap: 'un diccionario de datos de REDCap',
      outputsAlso:
        'También incluye el instrumento en la <a href="{instruments}">página de instrumentos</a>, en el <a href="{linkBuilder}">generador de enlaces</a> y en la <a href="{analysis}">página de análisis</a>, donde sus respuestas se revisan, puntúan y resumen. Su versión y su hash aparecen en la <a href="{researchers}">página para investigadores</a>, la página de cada constructo nombra los ítems que lo miden y la búsqueda del sitio lo encuentra. <code>npm run score</code> y <code>npm run analyze</code> también leen sus respuestas.',
    },
  },
);
