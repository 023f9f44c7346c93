// Shared code of the applicant's pages: language (FR/EN), API helper, dates and sizes, error rendering,
// remembered dossiers, the lost-link form. No dependency, no build: an ES module served as is.

// ---------------------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------------------

const STRINGS = {
  fr: {
    'site.name': 'Les Interconnectés',
    'site.service': 'Candidatures',
    'skip': 'Aller au contenu',
    'lang.switch': 'English',
    'lang.switch.label': 'Switch to English',
    'footer.text': 'Les Interconnectés — réseau des territoires innovants. Label Territoires Innovants et concours start-up.',
    'footer.home': 'Tous les appels',

    'track.label': 'Label Territoires Innovants',
    'track.startup': 'Concours start-up',
    'campaign.status.upcoming': 'À venir',
    'campaign.status.open': 'Ouvert',
    'campaign.status.closed': 'Clos',
    'dossier.status.draft': 'Brouillon',
    'dossier.status.submitted': 'Déposé',
    'dossier.status.withdrawn': 'Retiré',
    'dossier.status.expired': 'Non déposé, clos',

    'time.paris': '(heure de Paris)',
    'facts.deadline': 'Date limite',
    'facts.status': 'État',
    'facts.countdown': 'Temps restant',
    'facts.campaign': 'Appel',
    'facts.updated': 'Dernière modification',
    'time.at': '{date} à {time}',
    'countdown.left': 'Il reste {time}',
    'countdown.over': 'La date limite est passée.',
    'unit.day': '{n} jour', 'unit.days': '{n} jours',
    'unit.hour': '{n} h', 'unit.min': '{n} min', 'unit.sec': '{n} s',
    'size.bytes': '{n} octets', 'size.kb': '{n} Ko', 'size.mb': '{n} Mo',

    'error.network': 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.',
    'error.generic': 'Une erreur est survenue (code {status}).',
    'error.title': 'Impossible d’enregistrer',
    'error.fieldsTitle': 'À corriger :',
    'error.required': 'Ce champ est obligatoire.',
    'error.year': 'Indiquez une année en chiffres, par exemple 2021.',
    'loading': 'Chargement…',

    // index
    'index.title': 'Appels à candidatures',
    'index.intro': 'Chaque année, Les Interconnectés ouvrent dans chaque région le Label Territoires Innovants, pour les collectivités qui portent un projet numérique, et un concours pour les start-up au service des territoires. Choisissez un appel pour déposer votre dossier.',
    'index.empty': 'Aucun appel pour le moment.',
    'index.loadError': 'Impossible de charger les appels.',
    'index.apply': 'Candidater',
    'index.apply.label': 'Candidater : {title}',
    'index.period': 'Candidatures du {from} au {to}',
    'index.deadline': 'Date limite : {date}',
    'index.opensOn': 'Ouverture : {date}',
    'index.closedOn': 'Clos depuis le {date}',
    'index.selection': 'Sélection régionale le {date} à {place}',
    'index.format.audition': 'audition de {a} min',
    'index.format.pitch': 'présentation de {p} min + {q} min de questions',
    'index.criteria': 'Critères du jury',
    'index.criterion': '{label} (noté de {min} à {max})',
    'index.mine': 'Mes dossiers sur cet appareil',
    'index.mine.intro': 'Ces liens sont enregistrés dans ce navigateur seulement.',
    'index.mine.open': 'Ouvrir le dossier',
    'index.mine.forget': 'Oublier sur cet appareil',
    'index.mine.forget.label': 'Oublier {name} sur cet appareil',
    'index.mine.untitled': 'Dossier {id}',

    // lost link
    'lost.title': 'Lien perdu ?',
    'lost.intro': 'Indiquez l’adresse e-mail du contact de votre dossier : nous y enverrons un nouveau lien d’accès.',
    'lost.campaign': 'Appel',
    'lost.email': 'Adresse e-mail',
    'lost.send': 'Recevoir un nouveau lien',
    'lost.sent': 'Si cette adresse a des dossiers, un courriel est en route.',

    // form
    'form.required': 'obligatoire',
    'form.forSubmit': 'requis pour déposer',
    'form.optional': 'facultatif',
    'form.applicant': 'Votre organisation',
    'form.applicant.startup': 'Votre start-up',
    'form.organisation': 'Nom de l’organisation',
    'form.organisation.label.hint': 'Nom officiel de la collectivité, par exemple « Communauté d’agglomération du Grand Annecy ».',
    'form.organisation.startup.hint': 'Raison sociale de la start-up.',
    'form.kind': 'Type de collectivité',
    'form.kind.choose': '— Choisir —',
    'kind.commune': 'Commune',
    'kind.epci': 'Intercommunalité (EPCI)',
    'kind.departement': 'Département',
    'kind.region': 'Région',
    'kind.syndicat': 'Syndicat mixte ou intercommunal',
    'kind.autre': 'Autre collectivité ou groupement',
    'kind.startup': 'Start-up',
    'form.siren': 'Numéro SIREN',
    'form.siren.hint': '9 chiffres. Il est déduit du SIRET si vous indiquez celui-ci.',
    'form.siret': 'Numéro SIRET',
    'form.siret.hint': '14 chiffres.',
    'form.contact': 'Personne à contacter',
    'form.contact.hint': 'Nous écrirons à cette adresse pour tout ce qui concerne le dossier.',
    'form.contact.name': 'Nom et prénom',
    'form.contact.role': 'Fonction',
    'form.contact.email': 'Adresse e-mail',
    'form.contact.email.hint': 'Format attendu : nom@domaine.fr',
    'form.contact.phone': 'Téléphone',
    'form.contact.phone.hint': 'Numéro français, par exemple 04 50 12 34 56.',
    'form.project': 'Votre projet',
    'form.project.startup': 'Votre start-up et votre solution',
    'form.title': 'Titre du projet',
    'form.title.startup': 'Nom de la solution',
    'form.summary': 'Résumé',
    'form.summary.hint': 'En quelques phrases : ce que fait le projet et pour qui (1 000 caractères au plus).',
    'form.description': 'Description détaillée',
    'form.description.hint': '8 000 caractères au plus.',
    'form.stage': 'Avancement du projet',
    'stage.en_cours': 'En cours',
    'stage.realise': 'Réalisé',
    'form.partners': 'Partenaires du projet',
    'form.partners.hint': 'Qui s’y associe (autres collectivités, entreprises, associations…) et comment.',
    'form.userInvolvement': 'Place des usagers',
    'form.userInvolvement.hint': 'Comment les habitants et les agents ont été associés à la conception et à l’évaluation.',
    'form.pooling': 'Mutualisation et interopérabilité',
    'form.pooling.hint': 'Ce qui peut être repris par d’autres territoires : données ouvertes, logiciels libres, standards.',
    'form.returnOnInvestment': 'Retour sur investissement',
    'form.returnOnInvestment.hint': 'Coûts, économies et bénéfices attendus ou constatés.',
    'form.website': 'Site web',
    'form.website.hint': 'Adresse complète, commençant par https://',
    'form.foundingYear': 'Année de création',
    'form.foundingYear.hint': 'Par exemple 2021.',
    'form.territorialUseCase': 'Cas d’usage dans un territoire',
    'form.territorialUseCase.hint': 'Un exemple concret de votre solution au service d’une collectivité.',
    'form.language': 'Langue de nos échanges',
    'form.language.hint': 'Les courriels au sujet du dossier seront écrits dans cette langue.',
    'form.language.fr': 'Français',
    'form.language.en': 'English',
    'form.counter': '{n} / {max}',

    // apply
    'apply.title': 'Déposer une candidature',
    'apply.intro': 'Remplissez au moins les champs obligatoires pour créer votre brouillon. Vous pourrez le compléter, joindre vos fichiers puis le déposer jusqu’à la date limite.',
    'apply.create': 'Créer mon brouillon',
    'apply.creating': 'Création du brouillon…',
    'apply.noCampaign': 'Aucun appel n’est indiqué. Choisissez un appel dans la liste.',
    'apply.notOpen.upcoming': 'Cet appel n’est pas encore ouvert.',
    'apply.notOpen.closed': 'Cet appel est clos : il n’accepte plus de candidatures.',
    'apply.bySelection': 'Cet appel réunit les finalistes des sélections régionales : on n’y candidate pas directement.',
    'apply.back': 'Voir tous les appels',
    'apply.already': 'Vous avez déjà un dossier pour cet appel sur cet appareil :',

    // dossier
    'dossier.title': 'Mon dossier',
    'dossier.form': 'Le dossier',
    'dossier.invalid.title': 'Lien invalide ou expiré',
    'dossier.invalid.text': 'Ce lien ne permet pas d’ouvrir un dossier. Il a peut-être été mal copié, ou un lien plus récent vous a été envoyé. Demandez un nouveau lien ci-dessous.',
    'dossier.loadError': 'Impossible de charger le dossier.',
    'dossier.retry': 'Réessayer',
    'dossier.number': 'Dossier n° {id}',
    'dossier.deadline': 'Date limite : {date}',
    'dossier.readonly.deadline': 'La date limite est passée : le dossier ne peut plus être modifié.',
    'dossier.readonly.withdrawn': 'Vous avez retiré cette candidature le {date}. Le dossier ne peut plus être modifié.',
    'dossier.readonly.expired': 'Ce dossier n’a pas été déposé avant la date limite : il est clos.',
    'link.title': 'Votre lien d’accès',
    'link.warning': 'Ce lien est la seule clé de votre dossier : sans lui, personne — pas même l’équipe des Interconnectés — ne peut l’ouvrir. Copiez-le et gardez-le en lieu sûr, ou mettez cette page en favori.',
    'link.created': 'Votre brouillon est créé.',
    'link.label': 'Lien d’accès au dossier',
    'link.copy': 'Copier le lien',
    'link.copied': 'Lien copié.',
    'link.copyFailed': 'Copie impossible : sélectionnez le lien et copiez-le vous-même.',
    'link.remembered': 'Ce navigateur s’en souvient aussi : le dossier apparaît sur la page d’accueil de cet appareil.',
    'receipt.title': 'Dossier déposé',
    'receipt.number': 'Numéro de récépissé',
    'receipt.on': 'Déposé le {date}',
    'receipt.mail': 'Un courriel de confirmation a été envoyé à {email}.',
    'receipt.mail.pending': 'Un courriel de confirmation est en cours d’envoi à {email}.',
    'receipt.stillEditable': 'Vous pouvez encore modifier le dossier jusqu’à la date limite ; il reste déposé.',
    'checklist.title': 'Avant de déposer',
    'checklist.missing': 'Il manque encore {n} élément(s) :',
    'checklist.complete': 'Votre dossier est complet : vous pouvez le déposer.',
    'checklist.required': '{label} : à renseigner',
    'save': 'Enregistrer les modifications',
    'saving': 'Enregistrement…',
    'saved': 'Modifications enregistrées.',
    'unsaved': 'Modifications non enregistrées.',
    'stale.text': 'Le dossier a été modifié ailleurs (dans un autre onglet ou sur un autre appareil) depuis que vous l’avez ouvert.',
    'stale.reload': 'Recharger le dossier',
    'stale.warning': 'Vos modifications non enregistrées seront perdues. Recharger quand même ?',
    'files.title': 'Pièces jointes',
    'files.intro': 'Joignez au moins votre dossier de candidature. Les fichiers sont vérifiés à réception.',
    'files.limits': '{max} fichiers au plus, {size} au plus chacun. Formats acceptés : {types}.',
    'files.choose': 'Ajouter des fichiers',
    'files.none': 'Aucun fichier pour le moment.',
    'files.count': '{n} fichier(s) sur {max}',
    'files.received': 'Reçu',
    'files.pending': 'En attente de vérification',
    'files.delete': 'Supprimer',
    'files.delete.label': 'Supprimer {name}',
    'files.delete.confirm': 'Supprimer le fichier « {name} » ?',
    'files.deleted': 'Fichier « {name} » supprimé.',
    'files.uploading': 'Envoi de « {name} »',
    'files.checking': 'Vérification de « {name} »…',
    'files.done': 'Fichier « {name} » reçu.',
    'files.failed': '« {name} » : {message}',
    'files.err.type': 'format non accepté (formats acceptés : {types}).',
    'files.err.size': 'fichier trop lourd ({size} ; {max} au plus).',
    'files.err.empty': 'le fichier est vide.',
    'files.err.count': 'le dossier compte déjà {max} fichiers, le maximum.',
    'files.err.upload': 'l’envoi a échoué. Réessayez.',
    'submit.title': 'Déposer le dossier',
    'submit.intro': 'Une fois déposé, votre dossier reçoit un numéro de récépissé et vous recevez un courriel de confirmation. Il sera examiné par le jury régional.',
    'submit.button': 'Déposer mon dossier',
    'submit.sending': 'Dépôt en cours…',
    'submit.unsaved': 'Enregistrez d’abord vos modifications.',
    'submit.done': 'Votre dossier est déposé. Numéro de récépissé : {number}.',
    'withdraw.title': 'Retirer ma candidature',
    'withdraw.intro': 'Si vous renoncez à candidater, vous pouvez retirer votre dossier. Il ne pourra plus être modifié ni déposé.',
    'withdraw.button': 'Retirer ma candidature',
    'withdraw.confirm.title': 'Retirer la candidature ?',
    'withdraw.confirm.text': 'Votre dossier ne sera pas examiné par le jury et ne pourra plus être modifié ni déposé. Cette action est définitive.',
    'withdraw.confirm.yes': 'Oui, retirer ma candidature',
    'withdraw.confirm.no': 'Annuler',
    'withdraw.done': 'Votre candidature est retirée. Un courriel de confirmation vous est envoyé.',
    'mails.title': 'Courriels envoyés',
    'mails.kind.confirmation': 'Confirmation de dépôt',
    'mails.kind.withdrawal': 'Confirmation de retrait',
    'mails.kind.access_link': 'Nouveau lien d’accès',
    'mails.kind.expired': 'Dossier clos',
    'mails.kind.decision': 'Décision du jury',
    'mails.kind.convocation': 'Convocation à la journée de sélection',
    'mails.kind.convocation_cancelled': 'Audition annulée',
    'convocation.title': 'Journée de sélection',
    'convocation.when': 'Votre audition : {date}, de {start} à {end} (heure de Paris)',
    'convocation.room': 'Jury : {room}',
    'convocation.place': 'Lieu : {place}',
    'convocation.cancelled': 'Votre audition a été annulée.',
    'convocation.attendance.pending': 'Merci de confirmer votre présence.',
    'convocation.attendance.confirmed': 'Vous avez confirmé votre présence.',
    'convocation.attendance.declined': 'Vous avez indiqué ne pas pouvoir venir.',
    'convocation.note': 'Un mot pour les organisateurs (facultatif)',
    'convocation.confirm': 'Je confirme ma présence',
    'convocation.decline': 'Je ne pourrai pas venir',
    'convocation.saved': 'Votre réponse est enregistrée.',
    'availability.title': 'Mes indisponibilités le jour de la sélection',
    'availability.intro': 'Avant que le programme des auditions soit établi, indiquez les heures où vous ne pourrez pas être présent le {date}.',
    'availability.none': 'Aucune indisponibilité déclarée.',
    'availability.range': 'de {start} à {end}',
    'availability.from': 'Indisponible de',
    'availability.to': 'à',
    'availability.add': 'Déclarer cette indisponibilité',
    'availability.clear': 'Effacer mes indisponibilités',
    'availability.saved': 'Vos indisponibilités sont enregistrées.',
    'palmares.title': 'Palmarès',
    'palmares.intro': 'Les projets retenus par les jurys, par région et par année.',
    'palmares.region': 'Région',
    'palmares.year': 'Année',
    'palmares.none': 'Aucun palmarès publié pour cette région et cette année.',
    'palmares.link': 'Palmarès des années passées',
    'mails.status.sent': 'envoyé le {date}',
    'mails.status.pending': 'en cours d’envoi',
    'mails.status.failed': 'envoi impossible',
    'mails.kind.reminder': 'Rappel avant la date limite',
    'mails.status.suppressed': 'non envoyé : adresse injoignable',
    'mails.outcome.delivered': 'remis',
    'mails.outcome.bounced': 'revenu en erreur (adresse invalide)',
    'mails.outcome.soft_bounced': 'non remis pour l’instant (boîte pleine ou indisponible)',
    'mails.outcome.complained': 'signalé comme indésirable',
    'mails.outcome.rejected': 'refusé par le service d’envoi',
    'mails.undeliverable': 'Nos courriels ne parviennent plus à {address} ({reason}). Corrigez l’adresse du contact dans le formulaire : les prochains courriels partiront vers la nouvelle adresse.',
    'mails.undeliverable.bounce': 'adresse en erreur',
    'mails.undeliverable.complaint': 'signalée comme indésirable',
    'mails.givenUp': 'Un courriel n’a pas pu être envoyé malgré plusieurs essais. Vérifiez l’adresse du contact.',
    'mails.remindersStopped': 'Vous ne recevez plus de rappels pour ce dossier.',
    'unsubscribe.title': 'Rappels de date limite',
    'unsubscribe.intro': 'Vous ne souhaitez plus recevoir de rappels avant la date limite pour ce dossier ? Les autres courriels (accusé de dépôt, décision du jury) vous parviendront toujours.',
    'unsubscribe.button': 'Ne plus recevoir de rappels',
    'unsubscribe.invalid': 'Ce lien de désinscription est incomplet : ouvrez-le depuis le courriel de rappel.',
  },
  en: {
    'site.name': 'Les Interconnectés',
    'site.service': 'Applications',
    'skip': 'Skip to content',
    'lang.switch': 'Français',
    'lang.switch.label': 'Passer en français',
    'footer.text': 'Les Interconnectés — the network of innovative territories. Innovative Territories Label and start-up contest.',
    'footer.home': 'All calls',

    'track.label': 'Innovative Territories Label',
    'track.startup': 'Start-up contest',
    'campaign.status.upcoming': 'Upcoming',
    'campaign.status.open': 'Open',
    'campaign.status.closed': 'Closed',
    'dossier.status.draft': 'Draft',
    'dossier.status.submitted': 'Submitted',
    'dossier.status.withdrawn': 'Withdrawn',
    'dossier.status.expired': 'Not submitted, closed',

    'time.paris': '(Paris time)',
    'facts.deadline': 'Deadline',
    'facts.status': 'Status',
    'facts.countdown': 'Time left',
    'facts.campaign': 'Call',
    'facts.updated': 'Last change',
    'time.at': '{date} at {time}',
    'countdown.left': '{time} left',
    'countdown.over': 'The deadline has passed.',
    'unit.day': '{n} day', 'unit.days': '{n} days',
    'unit.hour': '{n} h', 'unit.min': '{n} min', 'unit.sec': '{n} s',
    'size.bytes': '{n} bytes', 'size.kb': '{n} KB', 'size.mb': '{n} MB',

    'error.network': 'The service does not answer. Check your connection and try again.',
    'error.generic': 'An error occurred (code {status}).',
    'error.title': 'Could not save',
    'error.fieldsTitle': 'To correct:',
    'error.required': 'This field is required.',
    'error.year': 'Give a year in digits, for example 2021.',
    'loading': 'Loading…',

    'index.title': 'Calls for applications',
    'index.intro': 'Every year, in every French region, Les Interconnectés run the Innovative Territories Label, for local authorities with a digital project, and a contest for start-ups serving territories. Choose a call to file your application.',
    'index.empty': 'No call at the moment.',
    'index.loadError': 'Could not load the calls.',
    'index.apply': 'Apply',
    'index.apply.label': 'Apply: {title}',
    'index.period': 'Applications from {from} to {to}',
    'index.deadline': 'Deadline: {date}',
    'index.opensOn': 'Opens: {date}',
    'index.closedOn': 'Closed since {date}',
    'index.selection': 'Regional selection on {date} in {place}',
    'index.format.audition': '{a}-minute hearing',
    'index.format.pitch': '{p}-minute pitch + {q} minutes of questions',
    'index.criteria': 'Jury criteria',
    'index.criterion': '{label} (scored {min} to {max})',
    'index.mine': 'My dossiers on this device',
    'index.mine.intro': 'These links are stored in this browser only.',
    'index.mine.open': 'Open the dossier',
    'index.mine.forget': 'Forget on this device',
    'index.mine.forget.label': 'Forget {name} on this device',
    'index.mine.untitled': 'Dossier {id}',

    'lost.title': 'Lost your link?',
    'lost.intro': 'Give the e-mail address of your dossier’s contact person: we will send a new access link there.',
    'lost.campaign': 'Call',
    'lost.email': 'E-mail address',
    'lost.send': 'Send me a new link',
    'lost.sent': 'If this address has dossiers, an e-mail is on its way.',

    'form.required': 'required',
    'form.forSubmit': 'needed to submit',
    'form.optional': 'optional',
    'form.applicant': 'Your organisation',
    'form.applicant.startup': 'Your start-up',
    'form.organisation': 'Name of the organisation',
    'form.organisation.label.hint': 'Official name of the authority, for example “Communauté d’agglomération du Grand Annecy”.',
    'form.organisation.startup.hint': 'Company name of the start-up.',
    'form.kind': 'Kind of authority',
    'form.kind.choose': '— Choose —',
    'kind.commune': 'Municipality',
    'kind.epci': 'Inter-municipal body (EPCI)',
    'kind.departement': 'Department (département)',
    'kind.region': 'Region',
    'kind.syndicat': 'Joint authority (syndicat)',
    'kind.autre': 'Other authority or grouping',
    'kind.startup': 'Start-up',
    'form.siren': 'SIREN number',
    'form.siren.hint': '9 digits. Taken from the SIRET if you give one.',
    'form.siret': 'SIRET number',
    'form.siret.hint': '14 digits.',
    'form.contact': 'Contact person',
    'form.contact.hint': 'We will write to this address about the dossier.',
    'form.contact.name': 'Full name',
    'form.contact.role': 'Position',
    'form.contact.email': 'E-mail address',
    'form.contact.email.hint': 'Expected format: name@domain.com',
    'form.contact.phone': 'Phone',
    'form.contact.phone.hint': 'French number, for example 04 50 12 34 56 or +33 4 50 12 34 56.',
    'form.project': 'Your project',
    'form.project.startup': 'Your start-up and your solution',
    'form.title': 'Project title',
    'form.title.startup': 'Name of the solution',
    'form.summary': 'Summary',
    'form.summary.hint': 'In a few sentences: what the project does and for whom (1,000 characters at most).',
    'form.description': 'Full description',
    'form.description.hint': '8,000 characters at most.',
    'form.stage': 'Project stage',
    'stage.en_cours': 'In progress',
    'stage.realise': 'Completed',
    'form.partners': 'Project partners',
    'form.partners.hint': 'Who takes part (other authorities, companies, associations…) and how.',
    'form.userInvolvement': 'User involvement',
    'form.userInvolvement.hint': 'How residents and staff took part in the design and the evaluation.',
    'form.pooling': 'Pooling and interoperability',
    'form.pooling.hint': 'What other territories can reuse: open data, free software, standards.',
    'form.returnOnInvestment': 'Return on investment',
    'form.returnOnInvestment.hint': 'Costs, savings and benefits, expected or observed.',
    'form.website': 'Website',
    'form.website.hint': 'Full address, starting with https://',
    'form.foundingYear': 'Year founded',
    'form.foundingYear.hint': 'For example 2021.',
    'form.territorialUseCase': 'Use case in a territory',
    'form.territorialUseCase.hint': 'A concrete example of your solution serving a local authority.',
    'form.language': 'Language of our exchanges',
    'form.language.hint': 'E-mails about the dossier will be written in this language.',
    'form.language.fr': 'Français',
    'form.language.en': 'English',
    'form.counter': '{n} / {max}',

    'apply.title': 'Apply',
    'apply.intro': 'Fill in at least the required fields to create your draft. You can then complete it, attach your files and submit it until the deadline.',
    'apply.create': 'Create my draft',
    'apply.creating': 'Creating the draft…',
    'apply.noCampaign': 'No call is given. Choose a call from the list.',
    'apply.notOpen.upcoming': 'This call is not open yet.',
    'apply.notOpen.closed': 'This call is closed: it no longer accepts applications.',
    'apply.bySelection': 'This call gathers the finalists of the regional selections: nobody applies to it directly.',
    'apply.back': 'See all calls',
    'apply.already': 'You already have a dossier for this call on this device:',

    'dossier.title': 'My dossier',
    'dossier.form': 'The dossier',
    'dossier.invalid.title': 'Invalid or expired link',
    'dossier.invalid.text': 'This link does not open a dossier. It may have been copied incompletely, or a newer link was sent to you. Ask for a new link below.',
    'dossier.loadError': 'Could not load the dossier.',
    'dossier.retry': 'Try again',
    'dossier.number': 'Dossier no. {id}',
    'dossier.deadline': 'Deadline: {date}',
    'dossier.readonly.deadline': 'The deadline has passed: the dossier can no longer be changed.',
    'dossier.readonly.withdrawn': 'You withdrew this application on {date}. The dossier can no longer be changed.',
    'dossier.readonly.expired': 'This dossier was not submitted before the deadline: it is closed.',
    'link.title': 'Your access link',
    'link.warning': 'This link is the only key to your dossier: without it nobody — not even the Interconnectés team — can open it. Copy it and keep it safe, or bookmark this page.',
    'link.created': 'Your draft is created.',
    'link.label': 'Access link to the dossier',
    'link.copy': 'Copy the link',
    'link.copied': 'Link copied.',
    'link.copyFailed': 'Could not copy: select the link and copy it yourself.',
    'link.remembered': 'This browser remembers it too: the dossier is listed on the home page on this device.',
    'receipt.title': 'Dossier submitted',
    'receipt.number': 'Receipt number',
    'receipt.on': 'Submitted on {date}',
    'receipt.mail': 'A confirmation e-mail was sent to {email}.',
    'receipt.mail.pending': 'A confirmation e-mail is being sent to {email}.',
    'receipt.stillEditable': 'You can still change the dossier until the deadline; it stays submitted.',
    'checklist.title': 'Before you submit',
    'checklist.missing': '{n} item(s) still missing:',
    'checklist.complete': 'Your dossier is complete: you can submit it.',
    'checklist.required': '{label}: to fill in',
    'save': 'Save changes',
    'saving': 'Saving…',
    'saved': 'Changes saved.',
    'unsaved': 'Unsaved changes.',
    'stale.text': 'The dossier was changed elsewhere (in another tab or on another device) since you opened it.',
    'stale.reload': 'Reload the dossier',
    'stale.warning': 'Your unsaved changes will be lost. Reload anyway?',
    'files.title': 'Attachments',
    'files.intro': 'Attach at least your application dossier. Files are checked on receipt.',
    'files.limits': 'At most {max} files, {size} each at most. Accepted formats: {types}.',
    'files.choose': 'Add files',
    'files.none': 'No file yet.',
    'files.count': '{n} file(s) of {max}',
    'files.received': 'Received',
    'files.pending': 'Waiting for checks',
    'files.delete': 'Delete',
    'files.delete.label': 'Delete {name}',
    'files.delete.confirm': 'Delete the file “{name}”?',
    'files.deleted': 'File “{name}” deleted.',
    'files.uploading': 'Uploading “{name}”',
    'files.checking': 'Checking “{name}”…',
    'files.done': 'File “{name}” received.',
    'files.failed': '“{name}”: {message}',
    'files.err.type': 'format not accepted (accepted formats: {types}).',
    'files.err.size': 'file too large ({size}; {max} at most).',
    'files.err.empty': 'the file is empty.',
    'files.err.count': 'the dossier already has {max} files, the maximum.',
    'files.err.upload': 'the upload failed. Please try again.',
    'submit.title': 'Submit the dossier',
    'submit.intro': 'Once submitted, your dossier gets a receipt number and you receive a confirmation e-mail. The regional jury will then examine it.',
    'submit.button': 'Submit my dossier',
    'submit.sending': 'Submitting…',
    'submit.unsaved': 'Save your changes first.',
    'submit.done': 'Your dossier is submitted. Receipt number: {number}.',
    'withdraw.title': 'Withdraw my application',
    'withdraw.intro': 'If you no longer wish to apply, you can withdraw your dossier. It can then no longer be changed or submitted.',
    'withdraw.button': 'Withdraw my application',
    'withdraw.confirm.title': 'Withdraw the application?',
    'withdraw.confirm.text': 'The jury will not examine your dossier, and it can no longer be changed or submitted. This cannot be undone.',
    'withdraw.confirm.yes': 'Yes, withdraw my application',
    'withdraw.confirm.no': 'Cancel',
    'withdraw.done': 'Your application is withdrawn. A confirmation e-mail is on its way.',
    'mails.title': 'E-mails sent',
    'mails.kind.confirmation': 'Submission confirmation',
    'mails.kind.withdrawal': 'Withdrawal confirmation',
    'mails.kind.access_link': 'New access link',
    'mails.kind.expired': 'Dossier closed',
    'mails.kind.decision': 'Jury decision',
    'mails.kind.convocation': 'Invitation to the selection day',
    'mails.kind.convocation_cancelled': 'Audition cancelled',
    'convocation.title': 'Selection day',
    'convocation.when': 'Your audition: {date}, from {start} to {end} (Paris time)',
    'convocation.room': 'Panel: {room}',
    'convocation.place': 'Place: {place}',
    'convocation.cancelled': 'Your audition was cancelled.',
    'convocation.attendance.pending': 'Please confirm that you will attend.',
    'convocation.attendance.confirmed': 'You confirmed that you will attend.',
    'convocation.attendance.declined': 'You said you cannot come.',
    'convocation.note': 'A word for the organisers (optional)',
    'convocation.confirm': 'I will attend',
    'convocation.decline': 'I cannot come',
    'convocation.saved': 'Your answer is saved.',
    'availability.title': 'When I cannot come on the selection day',
    'availability.intro': 'Before the audition timetable is made, tell us the hours when you cannot be there on {date}.',
    'availability.none': 'No unavailability declared.',
    'availability.range': 'from {start} to {end}',
    'availability.from': 'Unavailable from',
    'availability.to': 'to',
    'availability.add': 'Declare this unavailability',
    'availability.clear': 'Clear my unavailabilities',
    'availability.saved': 'Your unavailabilities are saved.',
    'palmares.title': 'Results',
    'palmares.intro': 'The projects the juries retained, by region and year.',
    'palmares.region': 'Region',
    'palmares.year': 'Year',
    'palmares.none': 'No results published for this region and year.',
    'palmares.link': 'Results of past years',
    'mails.status.sent': 'sent on {date}',
    'mails.status.pending': 'being sent',
    'mails.status.failed': 'could not be sent',
    'mails.kind.reminder': 'Deadline reminder',
    'mails.status.suppressed': 'not sent: address unreachable',
    'mails.outcome.delivered': 'delivered',
    'mails.outcome.bounced': 'bounced (invalid address)',
    'mails.outcome.soft_bounced': 'not delivered for now (mailbox full or unavailable)',
    'mails.outcome.complained': 'reported as spam',
    'mails.outcome.rejected': 'refused by the mail service',
    'mails.undeliverable': 'Our mails no longer reach {address} ({reason}). Correct the contact address in the form: the next mails will go to the new address.',
    'mails.undeliverable.bounce': 'address bounced',
    'mails.undeliverable.complaint': 'reported as spam',
    'mails.givenUp': 'A mail could not be sent despite several attempts. Check the contact address.',
    'mails.remindersStopped': 'You no longer get reminders for this application.',
    'unsubscribe.title': 'Deadline reminders',
    'unsubscribe.intro': 'You no longer wish to get reminders before the deadline for this application? Other mails (receipt, jury decision) will still reach you.',
    'unsubscribe.button': 'Stop reminders',
    'unsubscribe.invalid': 'This unsubscribe link is incomplete: open it from the reminder mail.',
  },
};

// French typography: a no-break space before : ; ? ! and inside « », so that they never start a line.
function frenchTypography(text) {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
for (const [key, text] of Object.entries(STRINGS.fr)) {
  STRINGS.fr[key] = frenchTypography(text);
}

/** Adds the strings of another set of pages (the staff console): `{fr: {...}, en: {...}}`. */
export function addStrings({ fr = {}, en = {} }) {
  for (const [key, text] of Object.entries(fr)) STRINGS.fr[key] = frenchTypography(text);
  Object.assign(STRINGS.en, en);
}

const LANG_KEY = 'candidatures.lang';
/** sessionStorage flag set by apply.html so that dossier.html greets a dossier just created. */
export const CREATED_FLAG = 'candidatures.created';
const listeners = [];

/** The language of the interface: 'fr' unless the person chose English. */
export function lang() {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function setLang(language) {
  try {
    localStorage.setItem(LANG_KEY, language === 'en' ? 'en' : 'fr');
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyI18n(document);
  listeners.forEach((listener) => listener(lang()));
}

/** The string `key` in the current language, with {name} placeholders replaced. */
export function t(key, vars = {}) {
  const table = STRINGS[lang()];
  let text = table[key] ?? STRINGS.fr[key] ?? key;
  for (const [name, value] of Object.entries(vars)) {
    text = text.split(`{${name}}`).join(String(value));
  }
  return text;
}

/**
 * Translates the static parts of a page: `data-i18n="key"` sets the text, `data-i18n-attr="attr:key;..."`
 * sets attributes, and `<title data-i18n>` the document title.
 */
export function applyI18n(root) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = t(node.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((node) => {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) node.setAttribute(attr, t(key));
    }
  });
  const title = document.querySelector('title[data-i18n-title]');
  if (title) setTitle(t(title.dataset.i18nTitle));
  const toggle = document.getElementById('lang-toggle');
  if (toggle) toggle.lang = lang() === 'en' ? 'fr' : 'en';
}

/** The document title: "page – Les Interconnectés". */
export function setTitle(text) {
  document.title = `${text} – ${t('site.name')}`;
}

/**
 * Common page set-up: language toggle in the header, static strings. `onLanguageChange` re-renders what
 * the page built itself (and re-asks the API, whose messages follow the language).
 */
export function initPage(onLanguageChange) {
  const toggle = document.getElementById('lang-toggle');
  if (toggle) {
    toggle.addEventListener('click', () => setLang(lang() === 'en' ? 'fr' : 'en'));
  }
  if (onLanguageChange) listeners.push(onLanguageChange);
  applyI18n(document);
}

// ---------------------------------------------------------------------------------------------------------
// DOM helper: builds elements without innerHTML, so texts from the API can never inject markup
// ---------------------------------------------------------------------------------------------------------

/**
 * el('p', {class: 'x', 'aria-live': 'polite'}, 'text', child...). Attributes: `class`, `text`, `on*`
 * handlers (functions), `dataset` (object), booleans (true sets the attribute, false/null skips it).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---------------------------------------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------------------------------------

/** Where the API lives: same origin by default, or `<meta name="api-base" content="...">`. */
const API_BASE = (document.querySelector('meta[name="api-base"]')?.content || '').replace(/\/$/, '');

/** An API error: `{error: {code, message, fields}}`, or a network failure (status 0, code "network"). */
export class ApiError extends Error {
  constructor(status, code, message, fields = [], retryAfter = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = Array.isArray(fields) ? fields : [];
    this.retryAfter = retryAfter;
  }
}

/**
 * Calls the API. Options: method, body (sent as JSON), token (Bearer), ifMatch, headers.
 * Resolves to {status, data, etag}; rejects with an ApiError for any non-2xx answer.
 */
export async function api(path, { method = 'GET', body, token, ifMatch, headers = {} } = {}) {
  const all = { Accept: 'application/json', 'Accept-Language': lang(), ...headers };
  if (body !== undefined) all['Content-Type'] = 'application/json';
  if (token) all.Authorization = `Bearer ${token}`;
  if (ifMatch) all['If-Match'] = ifMatch;
  let response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers: all,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  const text = await response.text().catch(() => '');
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = data && typeof data === 'object' ? data.error : null;
    throw new ApiError(response.status, error?.code || `http_${response.status}`,
      error?.message || t('error.generic', { status: response.status }), error?.fields || [],
      response.headers.get('Retry-After'));
  }
  return { status: response.status, data, etag: response.headers.get('ETag') };
}

/** A random key for Idempotency-Key (crypto.randomUUID where it exists). */
export function randomKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Dates, durations, sizes
// ---------------------------------------------------------------------------------------------------------

export const PARIS = 'Europe/Paris';

function locale() {
  return lang() === 'en' ? 'en-GB' : 'fr-FR';
}

/** A date in words; French writes the first of the month "1er". */
function dayText(date, options) {
  return new Intl.DateTimeFormat(locale(), options).formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' && lang() === 'fr' ? '1er' : part.value)).join('');
}

/** "jeudi 10 octobre 2027 à 23:59" in Paris time (add t('time.paris') where it matters). */
export function formatDateTime(iso, { weekday = true } = {}) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso || '';
  const day = dayText(date, {
    timeZone: PARIS, weekday: weekday ? 'long' : undefined, day: 'numeric', month: 'long', year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale(), {
    timeZone: PARIS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(date);
  return t('time.at', { date: day, time });
}

/** "09:30" in Paris time, from an ISO instant. */
export function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso || '';
  return new Intl.DateTimeFormat(locale(), {
    timeZone: PARIS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(date);
}

/** The ISO instant of "HH:MM" on the plain date "2027-10-17" in Paris ("2027-10-17T09:30:00+02:00"). */
export function parisInstant(yyyyMmDd, hhMm) {
  const noon = new Date(`${yyyyMmDd}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: PARIS, timeZoneName: 'longOffset' })
    .formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value || 'GMT+01:00';
  const offset = name.replace('GMT', '') || '+00:00';
  return `${yyyyMmDd}T${hhMm}:00${offset}`;
}

/** "10 octobre 2027" in Paris time, from an ISO instant. */
export function formatDay(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso || '';
  return dayText(date, { timeZone: PARIS, day: 'numeric', month: 'long', year: 'numeric' });
}

/** "jeudi 17 octobre 2027", from a plain date "2027-10-17" (no time zone shift). */
export function formatPlainDate(yyyyMmDd) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(yyyyMmDd || '');
  if (!match) return yyyyMmDd || '';
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], 12));
  return dayText(date, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "3 jours 4 h 12 min" (seconds only in the last hour). */
export function formatDuration(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = [];
  if (days) parts.push(t(days > 1 ? 'unit.days' : 'unit.day', { n: days }));
  if (days || hours) parts.push(t('unit.hour', { n: hours }));
  if (days || hours || minutes) parts.push(t('unit.min', { n: minutes }));
  if (!days && !hours) parts.push(t('unit.sec', { n: seconds }));
  return parts.join(' ');
}

/** "20 Mo", "1,5 Mo", "350 Ko" (binary units, as the server counts). */
export function formatSize(bytes) {
  const number = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return t('size.mb', { n: number(bytes / (1024 * 1024)) });
  if (bytes >= 1024) return t('size.kb', { n: number(Math.round(bytes / 1024)) });
  return t('size.bytes', { n: bytes });
}

export function formatNumber(n) {
  return new Intl.NumberFormat(locale()).format(n);
}

// ---------------------------------------------------------------------------------------------------------
// Messages and errors
// ---------------------------------------------------------------------------------------------------------

/** The id of the input that holds a field path: "applicant.contact.email" → "f-applicant-contact-email". */
export function fieldId(path) {
  return `f-${String(path).replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** Shows a status (polite) in a live region; `kind` is "info", "success" or "warning". */
export function showStatus(region, message, kind = 'info') {
  region.replaceChildren();
  if (!message) return;
  region.append(el('p', { class: `notice notice-${kind}` }, message));
}

/** Clears what renderErrors put on a form and in its summary. */
export function clearErrors(form, summary) {
  if (summary) {
    summary.replaceChildren();
    summary.hidden = true;
  }
  if (!form) return;
  form.querySelectorAll('[aria-invalid="true"]').forEach((node) => node.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((node) => {
    node.textContent = '';
    node.hidden = true;
  });
  form.querySelectorAll('.field.has-error, fieldset.has-error').forEach((node) => node.classList.remove('has-error'));
}

/**
 * Puts an error on screen: the message (already in the right language) in the summary, which is a
 * role="alert" region, and each field message next to its input, with a link to it from the summary.
 * `labelOf(path)` names a field in the summary; `extra` is more content (a button) for the summary.
 */
export function renderErrors(error, { form, summary, labelOf = () => null, title, extra, focus = true } = {}) {
  clearErrors(form, summary);
  const fields = error.fields || [];
  const items = [];
  for (const field of fields) {
    const id = fieldId(field.field);
    const errorNode = form ? form.querySelector(`#${CSS.escape(id)}-error`) : null;
    if (errorNode) {
      errorNode.textContent = field.message;
      errorNode.hidden = false;
      const input = form.querySelector(`#${CSS.escape(id)}`);
      if (input) input.setAttribute('aria-invalid', 'true');
      errorNode.closest('.field, fieldset')?.classList.add('has-error');
    }
    const label = labelOf(field.field);
    const text = label ? labelled(label, field.message) : field.message;
    const target = document.getElementById(id);
    items.push(el('li', {}, target ? el('a', { href: `#${id}`, onclick: (event) => focusField(event, id) }, text) : text));
  }
  if (!summary) return;
  summary.append(...[
    title ? el('h2', { class: 'error-title' }, title) : null,
    el('p', {}, error.message),
    items.length ? el('ul', {}, items) : null,
    extra,
  ].filter(Boolean));
  summary.hidden = false;
  if (focus) {
    summary.setAttribute('tabindex', '-1');
    summary.focus({ preventScroll: false });
  }
}

/** "Label : texte" in French, "Label: text" in English. */
export function labelled(label, text) {
  return `${label}${lang() === 'en' ? ':' : '\u00a0:'} ${text}`;
}

/** Follows a link to a field: focus the input (or the first radio of a group). */
export function focusField(event, id) {
  const target = document.getElementById(id);
  if (!target) return;
  event?.preventDefault();
  const focusable = target.matches('fieldset, section, div')
    ? target.querySelector('input:not([type=hidden]), select, textarea, button') : target;
  target.scrollIntoView({ block: 'center' });
  (focusable || target).focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------------------
// Dossiers remembered on this device (the token is the only key: it stays in this browser)
// ---------------------------------------------------------------------------------------------------------

const DOSSIER_PREFIX = 'candidatures.dossier.';

/** Remembers a dossier's token and a few words to list it: {token, campaignId, organisation, title}. */
export function rememberDossier(id, info) {
  try {
    const previous = readDossier(id) || {};
    localStorage.setItem(DOSSIER_PREFIX + id, JSON.stringify({ ...previous, ...info, id, savedAt: new Date().toISOString() }));
  } catch {
    // storage full or disabled: the link in the address bar still works
  }
}

export function readDossier(id) {
  try {
    const raw = localStorage.getItem(DOSSIER_PREFIX + id);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function forgetDossier(id) {
  try {
    localStorage.removeItem(DOSSIER_PREFIX + id);
  } catch {
    // nothing to do
  }
}

export function rememberedDossiers() {
  const list = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key && key.startsWith(DOSSIER_PREFIX)) {
        const value = readDossier(key.slice(DOSSIER_PREFIX.length));
        if (value && value.token) list.push(value);
      }
    }
  } catch {
    return [];
  }
  return list.sort((a, b) => String(b.savedAt).localeCompare(String(a.savedAt)));
}

/** The self-service address of a dossier: the token is in the fragment, never sent to a server. */
export function dossierUrl(id, token) {
  return new URL(`dossier.html#${id}.${token}`, document.baseURI).href;
}

// ---------------------------------------------------------------------------------------------------------
// Shared widgets
// ---------------------------------------------------------------------------------------------------------

/** A status badge: el('span.badge.badge-open', 'Ouvert'). */
export function badge(kind, text) {
  return el('span', { class: `badge badge-${kind}` }, text);
}

/**
 * The "Lien perdu ?" form: campaign (a select, or fixed when only one) and e-mail → POST access-links → 202.
 * Returns the <section>; `campaigns` is the list from GET /campaigns.
 */
export function lostLinkForm(campaigns, { selected, headingLevel = 'h2' } = {}) {
  const status = el('div', { class: 'live', 'aria-live': 'polite' });
  const summary = el('div', { class: 'error-summary', role: 'alert', hidden: true });
  const select = el('select', { id: 'lost-campaign', name: 'campaign', required: true });
  for (const campaign of campaigns) {
    select.append(el('option', { value: campaign.id, selected: campaign.id === selected }, campaign.title));
  }
  const email = el('input', {
    id: fieldId('email'), name: 'email', type: 'email', autocomplete: 'email', required: true,
    'aria-describedby': `${fieldId('email')}-error`, spellcheck: 'false',
  });
  const button = el('button', { type: 'submit', class: 'button' }, t('lost.send'));
  const form = el('form', { class: 'lost-form', novalidate: true },
    campaigns.length > 1 || !selected
      ? el('div', { class: 'field' }, el('label', { for: 'lost-campaign' }, t('lost.campaign')), select)
      : el('input', { type: 'hidden', name: 'campaign', value: selected }),
    el('div', { class: 'field' },
      el('label', { for: fieldId('email') }, t('lost.email')),
      el('p', { class: 'field-error', id: `${fieldId('email')}-error`, hidden: true }),
      email),
    button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summary);
    showStatus(status, '');
    const campaignId = form.elements.campaign.value;
    const address = email.value.trim();
    if (!address) {
      renderErrors(new ApiError(400, 'validation_failed', t('error.fieldsTitle'),
        [{ field: 'email', code: 'required', message: t('error.required') }]),
      { form, summary, labelOf: () => t('lost.email') });
      return;
    }
    button.disabled = true;
    try {
      await api(`/campaigns/${encodeURIComponent(campaignId)}/access-links`, { method: 'POST', body: { email: address } });
      showStatus(status, t('lost.sent'), 'success');
    } catch (error) {
      renderErrors(error, { form, summary, labelOf: () => t('lost.email') });
    } finally {
      button.disabled = false;
    }
  });
  return el('section', { class: 'panel lost-link', 'aria-labelledby': 'lost-title' },
    el(headingLevel, { id: 'lost-title' }, t('lost.title')),
    el('p', {}, t('lost.intro')),
    summary,
    form,
    status);
}

/**
 * A modal confirmation (<dialog>): Escape or "Annuler" says no, focus goes back where it was.
 * Resolves to true when confirmed.
 */
export function confirmDialog({ title, text, yes, no, danger = false }) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
    const cancel = el('button', { type: 'button', class: 'button secondary', value: 'no' }, no);
    const confirm = el('button', { type: 'button', class: `button${danger ? ' danger solid' : ''}`, value: 'yes' }, yes);
    const dialog = el('dialog', { 'aria-labelledby': titleId },
      el('h2', { id: titleId }, title),
      text ? el('p', {}, text) : null,
      el('div', { class: 'actions' }, cancel, confirm));
    let answer = false;
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && typeof opener.focus === 'function') opener.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
      cancel.focus();
    } else {
      dialog.remove();
      resolve(window.confirm(`${title}\n\n${text}`));
    }
  });
}
