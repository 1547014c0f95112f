import { agreementLevel, verdictText } from '../instruments/agreement.ts';
import { INVARIANCE_NOTE } from '../instruments/analysis.ts';
import { MISSING_DATA_RULE } from '../instruments/reliability.ts';
import { catalogue } from './catalogue.ts';

/**
 * The analysis page around its form: title, introduction and the form's labels, rendered on the server.
 * Messages with `<code>` are the site's own markup, set as HTML; their placeholders take no outside text.
 */
export const analysisPageMessages = catalogue(
  {
    title: 'Analyse responses',
    description:
      "Score and summarise response files, or a collector's responses, privately in your browser: group means and spread, agreement within and across groups, stage estimates, change between waves, and reliability.",
    lead: 'Drop files of responses here, or load them from the collector you run, to score and summarise them. They are analysed in this browser tab: nothing is uploaded anywhere, and nothing is kept when you close the page. Loading from a collector only reads from it, with its read token.',
    formats:
      "Files can be NDJSON (one response per line, as an endpoint might store them), a JSON array, or CSV whose columns are the codebook's variable names, with an <code>instrument_id</code> column or the instrument chosen below. Each response is checked against the instrument and version it claims; rows that cannot be used are listed with the reason. The same analysis runs offline with <code>npm run analyze</code>.",
    formHeading: 'Responses and options',
    files: 'Response files',
    dropHint: 'or drop files anywhere in this box',
    collectorLegend: 'Load from a collector',
    /** `{command}` and `{setting}` become code, `{origin}` the endpoint's origin. */
    collectorNote:
      "Reads the responses stored by a Cultivate collector you run ({command}), with its read token. The token is sent only to that collector, in a request header, and is not kept once you leave the page. This page may read from this site's own address; its security policy blocks any other, and a collector elsewhere must list this site in {setting}.",
    collectorNoteWithEndpoint:
      "Reads the responses stored by a Cultivate collector you run ({command}), with its read token. The token is sent only to that collector, in a request header, and is not kept once you leave the page. This page may read from this site's own address and from {origin}, where this site sends responses; its security policy blocks any other, and a collector elsewhere must list this site in {setting}.",
    collectorAddress: 'Collector address',
    readToken: 'Read token',
    instrument: 'Instrument',
    allInstruments: 'All instruments',
    loadResponses: 'Load responses',
    groupByLegend: 'Compare groups by',
    groupByHint: 'Tick several to compare their combinations, e.g. community and wave.',
    roleGrouping: 'Respondent’s role',
    languageGrouping: 'Language answered in',
    minGroupSize: 'Smallest group shown',
    minGroupSizeNote:
      'Smaller groups are hidden in every group table and download, so no one’s answers can be picked out.',
    pool: 'Pool versions on their unchanged statements',
    defaultInstrument: 'CSV rows without an instrument_id answer',
    sayInFile: '(say which in the file)',
  },
  {
    es: {
      title: 'Analizar respuestas',
      description:
        'Calcule puntajes y resuma archivos de respuestas, o las respuestas de un recolector, en privado en su navegador: medias y dispersión por grupo, acuerdo dentro de los grupos y entre ellos, estimaciones de etapa, cambio entre rondas y confiabilidad.',
      lead: 'Suelte aquí archivos de respuestas, o cárguelas desde el recolector que usted administra, para calcular sus puntajes y resumirlas. Se analizan en esta pestaña del navegador: nada se sube a ningún lugar y nada se guarda al cerrar la página. Cargar desde un recolector solo lee de él, con su token de lectura.',
      formats:
        'Los archivos pueden ser NDJSON (una respuesta por línea, como podría guardarlas un servidor de recepción), un arreglo JSON o un CSV cuyas columnas llevan los nombres de variable del libro de códigos, con una columna <code>instrument_id</code> o con el instrumento que elija más abajo. Cada respuesta se contrasta con el instrumento y la versión que declara; las filas que no se pueden usar aparecen en una lista con el motivo. El mismo análisis se puede hacer sin conexión con <code>npm run analyze</code>.',
      formHeading: 'Respuestas y opciones',
      files: 'Archivos de respuestas',
      dropHint: 'o suelte los archivos en cualquier parte de este recuadro',
      collectorLegend: 'Cargar desde un recolector',
      collectorNote:
        'Lee las respuestas guardadas por un recolector de Cultivate que usted administra ({command}), con su token de lectura. El token se envía solo a ese recolector, en un encabezado de la solicitud, y no se conserva al salir de la página. Esta página puede leer desde la dirección de este mismo sitio; su política de seguridad bloquea cualquier otra, y un recolector en otro lugar debe incluir este sitio en {setting}.',
      collectorNoteWithEndpoint:
        'Lee las respuestas guardadas por un recolector de Cultivate que usted administra ({command}), con su token de lectura. El token se envía solo a ese recolector, en un encabezado de la solicitud, y no se conserva al salir de la página. Esta página puede leer desde la dirección de este mismo sitio y desde {origin}, adonde este sitio envía las respuestas; su política de seguridad bloquea cualquier otra, y un recolector en otro lugar debe incluir este sitio en {setting}.',
      collectorAddress: 'Dirección del recolector',
      readToken: 'Token de lectura',
      instrument: 'Instrumento',
      allInstruments: 'Todos los instrumentos',
      loadResponses: 'Cargar respuestas',
      groupByLegend: 'Comparar grupos por',
      groupByHint: 'Marque varias opciones para comparar sus combinaciones, por ejemplo, comunidad y ronda.',
      roleGrouping: 'Rol de la persona que responde',
      languageGrouping: 'Idioma en que se respondió',
      minGroupSize: 'Grupo más pequeño que se muestra',
      minGroupSizeNote:
        'Los grupos más pequeños se ocultan en todas las tablas por grupo y en todas las descargas, para que nadie pueda ser identificado por sus respuestas.',
      pool: 'Combinar versiones en sus enunciados sin cambios',
      defaultInstrument: 'Instrumento de las filas CSV sin instrument_id',
      sayInFile: '(indíquelo en el archivo)',
    },
  },
);

/**
 * Everything the analysis says once it runs in the browser: status lines, headings, captions, column headings
 * and notes. The page hands the browser its own language's messages only; marked pure so the browser's bundle,
 * which imports the view but not the view's English-only command-line helper, leaves the catalogue out.
 */
export const analysisMessages = /* @__PURE__ */ catalogue(
  {
    readingFiles: 'Reading {count} file(s)…',
    loadingCollector: 'Loading responses from the collector…',
    minGroupSizeInvalid: 'Enter a whole number of 1 or more; {size} is used until then.',
    /** Ends the reason given for a CSV row that names no instrument. */
    nameInstrument: 'choose one under “CSV rows without an instrument_id answer”',
    versionOption: 'Version {version}',
    tooLarge:
      'is {size} MB, more than a browser tab can analyse safely ({limit} MB); split it into smaller files, or analyse it on a computer with the project’s own script (npm run analyze), which has no such limit',
    collectorLoaded:
      'Loaded {count} stored response(s) from {origin}; they are analysed below with any files chosen above.',
    collectorLoadedTo:
      'Loaded {count} stored response(s) to {instrument} from {origin}; they are analysed below with any files chosen above.',
    collectorFailure: 'Nothing was loaded. {reason}',
    collectorUnexpected: 'Something unexpected went wrong while reading the export.',
    analysisFailure:
      'The analysis could not be completed: {reason}. Nothing is shown until it can be; change the options or files to try again.',
    status: '{count} response(s) analysed from {sources} in {seconds} s',
    statusSourceFiles: '{count} file(s)',
    statusSourceCollector: 'the collector at {origin}',
    statusSourcesBoth: '{files} and {collector}',
    statusMergedOne: '{count} duplicate copy merged (each response is counted once)',
    statusMergedOther: '{count} duplicate copies merged (each response is counted once)',
    statusRejected: '{count} row(s) or file(s) could not be used (listed below)',
    statusRejectedConflicts:
      '{count} row(s) or file(s) could not be used, among them the copies of {conflicts} response id(s) with conflicting content, none counted until resolved (listed below)',
    rejectedHeading: 'Rows that could not be used',
    rejectedCaption: 'Rows that could not be used, with the reason',
    file: 'File',
    line: 'Line',
    reason: 'Reason',
    wholeFile: 'whole file',
    responsesOne: '{count} response',
    responsesOther: '{count} responses',
    respondentsOne: '{count} respondent',
    respondentsOther: '{count} respondents',
    analysed: '{responses} to version {version}.',
    pooled:
      '{responses} to versions {versions}, pooled on the {statements} statements they all ask unchanged (everything else is left out).',
    setAsideOne: '{responses} to version {version}',
    setAside:
      '{analysed} Set aside: {others} (versions are analysed one at a time; choose another version, or pool the versions, to include those).',
    hiddenGroupsOne:
      '{count} group with fewer than {min} responses ({responses} in all) is hidden, so no one’s answers can be picked out; they still count in “All responses”.',
    hiddenGroupsOther:
      '{count} groups with fewer than {min} responses ({responses} in all) are hidden, so no one’s answers can be picked out; they still count in “All responses”.',
    hiddenRolesOne:
      '{count} role with fewer than {min} responses ({responses} in all) is hidden, so no one’s answers can be picked out; they still count in “All responses”.',
    hiddenRolesOther:
      '{count} roles with fewer than {min} responses ({responses} in all) are hidden, so no one’s answers can be picked out; they still count in “All responses”.',
    unclear: 'Unclear',
    tentative: 'Tentative: {stages}',
    /** Between the stages a tentative estimate names. */
    or: ' or ',
    instrumentHeading: '{title} (version {version})',
    versionPicker: 'Version of {title} to analyse',
    crosswalkCaption: 'Statements unchanged since earlier versions: their answers mean the same in version {version}',
    earlierVersion: 'Earlier version',
    unchanged: 'Unchanged',
    statements: 'Statements',
    unchangedOf: '{unchanged} of {total}',
    downloadSummary: 'Download summary (CSV)',
    downloadReliability: 'Download reliability (CSV)',
    downloadAgreement: 'Download agreement (CSV)',
    downloadChange: 'Download change between waves (CSV)',
    downloadScored: 'Download scored data (CSV)',
    constructScores: 'Construct scores',
    chartNote:
      'Each dot shows how many respondents’ scores fall at that point of the scale (larger dots, more respondents); the line marks the mean. A spread of dots is disagreement a mean alone would hide.',
    allResponses: 'All responses',
    invarianceNote: INVARIANCE_NOTE,
    meansCaption: 'Construct means, standard deviations and numbers of scored responses',
    group: 'Group',
    n: 'n',
    meanCell: '{mean} (SD {sd}, n {n})',
    agreementHeading: 'Agreement within groups',
    agreementNote:
      'rwg(j) compares how much members’ answers to a construct’s statements vary with how much they would vary if everyone answered at random on the 5-point scale (a uniform null, expected variance 2): 1 is full agreement, 0 no more agreement than chance (negative values are set to 0). Values above .70 are usually taken as enough agreement to speak of the group’s view.',
    rwgCaption: 'rwg(j) per group and construct, with the level of agreement (complete cases)',
    rwgCell: '{rwg} ({level})',
    levelNone: agreementLevel(null),
    levelVeryStrong: agreementLevel(1),
    levelStrong: agreementLevel(0.8),
    levelModerate: agreementLevel(0.6),
    levelWeak: agreementLevel(0.4),
    levelLack: agreementLevel(0),
    iccNote:
      'Across the {grouping} groups shown: ICC(1) is the share of the variance in scores that lies between groups; ICC(2) is how reliably the group means tell the groups apart (.70 or more is the usual bar). Both come from a one-way analysis of variance of respondents’ construct scores.',
    iccCaption: 'Agreement across {grouping} groups, and whether aggregating to group means is defensible',
    construct: 'Construct',
    groups: 'Groups',
    fCell: '{f} ({p})',
    medianRwg: 'Median rwg(j)',
    verdict: 'Verdict',
    verdictDefensible: verdictText.defensible,
    verdictUnreliable: verdictText['agree-but-unreliable'],
    verdictDisagree: verdictText.disagree,
    verdictTooFewGroups: verdictText['too-few-groups'],
    stageHeading: 'Group stage estimates',
    stageNote:
      'Each stage’s mean is the average of the respondents’ agreement with its descriptions; the group’s stage is read from these averages with the same rule as one respondent’s.',
    stageCaption:
      'Mean agreement with each stage’s descriptions (respondents with a mean), and the stage the means point to',
    estimate: 'Estimate',
    countCell: '{value} (n {n})',
    vignetteHeading: 'Vignette choices',
    vignetteCaption: 'How many respondents chose each stage’s story in the vignette',
    noChoice: 'No choice',
    extremesHeading: 'Strongest and weakest',
    extremesCaption: 'The constructs with the highest and lowest group mean',
    readinessMean: 'Overall readiness mean (SD)',
    readinessCell: '{mean} (SD {sd})',
    strongest: 'Strongest',
    weakest: 'Weakest',
    changeHeading: 'Change between waves',
    changeNote:
      'For respondents whose links carried the same respondent code in two waves: the mean change in each construct score (later wave minus earlier) and its SD. A code with several responses in either wave is left out, since which to pair is not known.',
    changeCaption: 'Wave {from} to wave {to}: {respondents} paired',
    changeCaptionAmbiguous: 'Wave {from} to wave {to}: {respondents} paired, {ambiguous} code(s) left out',
    nPaired: 'n paired',
    meanChange: 'Mean change',
    sdChange: 'SD of change',
    reliabilityHeading: 'Reliability',
    missingDataRule: MISSING_DATA_RULE,
    alphaCaption:
      'Cronbach’s alpha with its 95% confidence interval (Feldt), standardised alpha and the average inter-item correlation',
    nUsed: 'n used',
    nExcluded: 'n excluded',
    alphaInterval: 'Alpha (95% CI)',
    standardisedAlpha: 'Standardised alpha',
    averageR: 'Average r',
    alphaIntervalCell: '{alpha} ({lower} to {upper})',
    groupAlphaCaption: 'Cronbach’s alpha per group (complete cases in each group)',
    itemCaption:
      'Statement statistics: mean and SD after reverse-keying, shares of “don’t know” and “does not apply”, corrected item–total r and alpha if the statement were deleted',
    statement: 'Statement',
    reverseKeyed: 'Reverse-keyed',
    mean: 'Mean',
    sd: 'SD',
    dontKnow: 'Don’t know',
    doesNotApply: 'Does not apply',
    itemTotal: 'Item–total r',
    alphaIfDeleted: 'Alpha if deleted',
    yes: 'yes',
    no: 'no',
  },
  {
    es: {
      readingFiles: 'Leyendo {count} archivo(s)…',
      loadingCollector: 'Cargando las respuestas del recolector…',
      minGroupSizeInvalid: 'Escriba un número entero de 1 o más; mientras tanto se usa {size}.',
      nameInstrument: 'elija uno en “Instrumento de las filas CSV sin instrument_id”',
      versionOption: 'Versión {version}',
      tooLarge:
        'pesa {size} MB, más de lo que una pestaña del navegador puede analizar con seguridad ({limit} MB); divídalo en archivos más pequeños o analícelo en una computadora con el script del propio proyecto (npm run analyze), que no tiene ese límite',
      collectorLoaded:
        'Se cargaron {count} respuesta(s) guardada(s) desde {origin}; se analizan abajo junto con los archivos que haya elegido arriba.',
      collectorLoadedTo:
        'Se cargaron {count} respuesta(s) guardada(s) a {instrument} desde {origin}; se analizan abajo junto con los archivos que haya elegido arriba.',
      collectorFailure: 'No se cargó nada. {reason}',
      collectorUnexpected: 'Algo inesperado falló al leer la exportación.',
      analysisFailure:
        'No se pudo completar el análisis: {reason}. No se muestra nada hasta que se pueda; cambie las opciones o los archivos para intentarlo de nuevo.',
      status: '{count} respuesta(s) analizada(s) de {sources} en {seconds} s',
      statusSourceFiles: '{count} archivo(s)',
      statusSourceCollector: 'el recolector en {origin}',
      statusSourcesBoth: '{files} y {collector}',
      statusMergedOne: '{count} copia duplicada combinada (cada respuesta se cuenta una sola vez)',
      statusMergedOther: '{count} copias duplicadas combinadas (cada respuesta se cuenta una sola vez)',
      statusRejected: '{count} fila(s) o archivo(s) no se pudieron usar (se enumeran abajo)',
      statusRejectedConflicts:
        '{count} fila(s) o archivo(s) no se pudieron usar, entre ellas las copias de {conflicts} identificador(es) de respuesta con contenido contradictorio, que no se cuentan hasta resolverlo (se enumeran abajo)',
      rejectedHeading: 'Filas que no se pudieron usar',
      rejectedCaption: 'Filas que no se pudieron usar, con el motivo',
      file: 'Archivo',
      line: 'Línea',
      reason: 'Motivo',
      wholeFile: 'todo el archivo',
      responsesOne: '{count} respuesta',
      responsesOther: '{count} respuestas',
      respondentsOne: '{count} persona que responde',
      respondentsOther: '{count} personas que responden',
      analysed: '{responses} a la versión {version}.',
      pooled:
        '{responses} a las versiones {versions}, combinadas en los {statements} enunciados que todas preguntan sin cambios (todo lo demás queda fuera).',
      setAsideOne: '{responses} a la versión {version}',
      setAside:
        '{analysed} Apartadas: {others} (las versiones se analizan de una en una; elija otra versión, o combine las versiones, para incluirlas).',
      hiddenGroupsOne:
        '{count} grupo con menos de {min} respuestas ({responses} en total) está oculto, para que nadie pueda ser identificado por sus respuestas; sigue contando en “Todas las respuestas”.',
      hiddenGroupsOther:
        '{count} grupos con menos de {min} respuestas ({responses} en total) están ocultos, para que nadie pueda ser identificado por sus respuestas; siguen contando en “Todas las respuestas”.',
      hiddenRolesOne:
        '{count} rol con menos de {min} respuestas ({responses} en total) está oculto, para que nadie pueda ser identificado por sus respuestas; sigue contando en “Todas las respuestas”.',
      hiddenRolesOther:
        '{count} roles con menos de {min} respuestas ({responses} en total) están ocultos, para que nadie pueda ser identificado por sus respuestas; siguen contando en “Todas las respuestas”.',
      unclear: 'Poco clara',
      tentative: 'Provisional: {stages}',
      or: ' o ',
      instrumentHeading: '{title} (versión {version})',
      versionPicker: 'Versión de {title} que se analiza',
      crosswalkCaption:
        'Enunciados sin cambios desde versiones anteriores: sus respuestas significan lo mismo en la versión {version}',
      earlierVersion: 'Versión anterior',
      unchanged: 'Sin cambios',
      statements: 'Enunciados',
      unchangedOf: '{unchanged} de {total}',
      downloadSummary: 'Descargar el resumen (CSV)',
      downloadReliability: 'Descargar la confiabilidad (CSV)',
      downloadAgreement: 'Descargar el acuerdo (CSV)',
      downloadChange: 'Descargar el cambio entre rondas (CSV)',
      downloadScored: 'Descargar los datos con puntajes (CSV)',
      constructScores: 'Puntajes por constructo',
      chartNote:
        'Cada punto muestra cuántos puntajes de las personas que responden caen en ese lugar de la escala (puntos más grandes, más personas); la línea marca la media. Unos puntos dispersos son un desacuerdo que la media sola ocultaría.',
      allResponses: 'Todas las respuestas',
      invarianceNote:
        'Comparar medias entre versiones en distintos idiomas supone que los ítems funcionan igual en cada idioma. Con suficientes respuestas, compruébelo primero (invarianza configural, métrica y escalar en un AFC multigrupo, p. ej., cfa(…, group = "language") de lavaan o measurementInvariance de semTools) antes de interpretar una diferencia entre idiomas como real. Los idiomas con menos respuestas que el grupo más pequeño que se muestra se ocultan, como cualquier grupo.',
      meansCaption: 'Medias por constructo, desviaciones estándar y número de respuestas con puntaje',
      group: 'Grupo',
      n: 'n',
      meanCell: '{mean} (DE {sd}, n {n})',
      agreementHeading: 'Acuerdo dentro de los grupos',
      agreementNote:
        'rwg(j) compara cuánto varían las respuestas de los miembros a los enunciados de un constructo con cuánto variarían si todos respondieran al azar en la escala de 5 puntos (una distribución nula uniforme, varianza esperada 2): 1 es acuerdo total y 0, un acuerdo no mayor que el azar (los valores negativos se fijan en 0). Los valores por encima de .70 suelen tomarse como acuerdo suficiente para hablar de la opinión del grupo.',
      rwgCaption: 'rwg(j) por grupo y constructo, con el nivel de acuerdo (casos completos)',
      rwgCell: '{rwg} ({level})',
      levelNone: 'respuestas insuficientes',
      levelVeryStrong: 'muy fuerte',
      levelStrong: 'fuerte',
      levelModerate: 'moderado',
      levelWeak: 'débil',
      levelLack: 'falta de acuerdo',
      iccNote:
        'Entre los grupos por {grouping} que se muestran: ICC(1) es la parte de la varianza de los puntajes que se da entre grupos; ICC(2) indica con qué confiabilidad las medias de grupo distinguen a los grupos (.70 o más es el umbral habitual). Ambos provienen de un análisis de varianza de un factor de los puntajes por constructo de las personas que responden.',
      iccCaption: 'Acuerdo entre los grupos por {grouping}, y si es defendible agregar a medias de grupo',
      construct: 'Constructo',
      groups: 'Grupos',
      fCell: '{f} ({p})',
      medianRwg: 'Mediana de rwg(j)',
      verdict: 'Conclusión',
      verdictDefensible:
        'Agregar es defendible: los miembros coinciden dentro de los grupos y las medias de grupo son confiables.',
      verdictUnreliable:
        'Los miembros coinciden dentro de los grupos, pero las medias de los grupos no los distinguen de forma confiable (ICC(2) por debajo de .70): informe las medias de grupo con cautela; grupos más grandes ayudarían.',
      verdictDisagree:
        'Los miembros no coinciden dentro de los grupos (mediana de rwg(j) por debajo de .70): describa la dispersión de las respuestas en lugar de una media de grupo.',
      verdictTooFewGroups:
        'El acuerdo entre grupos requiere al menos dos grupos del tamaño mínimo que se muestra, con alguna dispersión.',
      stageHeading: 'Estimaciones de etapa por grupo',
      stageNote:
        'La media de cada etapa es el promedio del acuerdo de las personas que responden con sus descripciones; la etapa del grupo se lee a partir de estos promedios con la misma regla que la de una sola persona.',
      stageCaption:
        'Acuerdo medio con las descripciones de cada etapa (personas con una media), y la etapa que señalan las medias',
      estimate: 'Estimación',
      countCell: '{value} (n {n})',
      vignetteHeading: 'Elecciones en la viñeta',
      vignetteCaption: 'Cuántas personas eligieron la historia de cada etapa en la viñeta',
      noChoice: 'Sin elección',
      extremesHeading: 'Lo más fuerte y lo más débil',
      extremesCaption: 'Los constructos con la media de grupo más alta y más baja',
      readinessMean: 'Media general de preparación (DE)',
      readinessCell: '{mean} (DE {sd})',
      strongest: 'Más fuerte',
      weakest: 'Más débil',
      changeHeading: 'Cambio entre rondas',
      changeNote:
        'Para las personas cuyos enlaces llevaban el mismo código en dos rondas: el cambio medio en el puntaje de cada constructo (ronda posterior menos anterior) y su DE. Un código con varias respuestas en alguna de las rondas queda fuera, porque no se sabe cuál emparejar.',
      changeCaption: 'De la ronda {from} a la ronda {to}: {respondents} emparejada(s)',
      changeCaptionAmbiguous:
        'De la ronda {from} a la ronda {to}: {respondents} emparejada(s), {ambiguous} código(s) fuera',
      nPaired: 'n emparejadas',
      meanChange: 'Cambio medio',
      sdChange: 'DE del cambio',
      reliabilityHeading: 'Confiabilidad',
      missingDataRule:
        'El alfa, su intervalo, el alfa estandarizado, la r media entre ítems, la r ítem-total y el alfa si se elimina el ítem usan solo casos completos: personas que respondieron todos los enunciados del constructo con un punto de la escala (eliminación por lista, como SPSS; psych::alpha de R usa por defecto correlaciones por pares, así que sus cifras pueden diferir un poco cuando faltan respuestas). “No sé” y “No aplica aquí” cuentan como datos faltantes. Las medias y DE de los ítems usan a todas las personas que respondieron ese enunciado. Los enunciados inversos se invierten primero.',
      alphaCaption:
        'Alfa de Cronbach con su intervalo de confianza del 95 % (Feldt), alfa estandarizado y la correlación media entre ítems',
      nUsed: 'n usadas',
      nExcluded: 'n excluidas',
      alphaInterval: 'Alfa (IC 95 %)',
      standardisedAlpha: 'Alfa estandarizado',
      averageR: 'r media',
      alphaIntervalCell: '{alpha} ({lower} a {upper})',
      groupAlphaCaption: 'Alfa de Cronbach por grupo (casos completos en cada grupo)',
      itemCaption:
        'Estadísticas por enunciado: media y DE tras invertir los ítems inversos, proporciones de “No sé” y “No aplica aquí”, r ítem-total corregida y alfa si se eliminara el enunciado',
      statement: 'Enunciado',
      reverseKeyed: 'Inverso',
      mean: 'Media',
      sd: 'DE',
      dontKnow: 'No sé',
      doesNotApply: 'No aplica aquí',
      itemTotal: 'r ítem-total',
      alphaIfDeleted: 'Alfa si se elimina',
      yes: 'sí',
      no: 'no',
    },
  },
);

export type AnalysisMessages = (typeof analysisMessages)['en'];
