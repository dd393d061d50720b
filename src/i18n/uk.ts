import type { CounterStrings, DemandsStrings, RelatedStrings, ShareStrings, SharedStrings, StatementStrings, UiStrings } from './en.js';

/** Ukrainian interface strings; plurals give all four Ukrainian categories. */
export const ukShared: SharedStrings = {
  loading: 'Завантаження позиції…',
  loadError: 'Не вдалося завантажити позицію.',
  retry: 'Спробувати ще раз',
  retrying: 'Пробуємо ще раз…',
  retryFailed: 'Досі не вдалося завантажити. Перевірте з’єднання і спробуйте ще раз.',
  campaignClosed: 'Цю кампанію завершено.',
  updatedAgo: 'оновлено {time}',
  newWindow: '(відкривається в новій вкладці)',
  // the join link of counter and share, when the feed gives no words for it
  joinStandpoint: 'Приєднатися до позиції',
  // the signatories of counter and share
  signatories: { one: '{count} підписант', few: '{count} підписанти', many: '{count} підписантів', other: '{count} підписанта' },
  organizations: {
    one: '{count} організація',
    few: '{count} організації',
    many: '{count} організацій',
    other: '{count} організації',
  },
  people: { one: '{count} особа', few: '{count} особи', many: '{count} осіб', other: '{count} особи' },
};

export const ukStatement: Omit<StatementStrings, keyof SharedStrings> = {
  statementEmpty: 'Текст цієї позиції ще не оприлюднено.',
  statementPublished: 'Оприлюднено {date}',
  statementModified: 'оновлено {date}',
  statementAuthorOne: 'Автор:',
  statementAuthorMany: 'Автори:',
  statementTopics: 'Теми',
  statementReadMore: 'Читати далі',
  statementShowLess: 'Згорнути',
  statementTextLoading: 'Завантаження тексту…',
  statementDocuments: 'Документи',
  statementOtherVersions: 'Також доступно:',
  statementOriginalPublication: 'Читати оригінал публікації',
  statementSizeBytes: '{size}\u00a0Б',
  statementSizeKilobytes: '{size}\u00a0КБ',
  statementSizeMegabytes: '{size}\u00a0МБ',
  statementSizeGigabytes: '{size}\u00a0ГБ',
};

export const ukDemands: Omit<DemandsStrings, keyof SharedStrings> = {
  demandsHeading: 'Вимоги',
  demandsSummary: {
    one: '{done} з {count} вимоги закріплено в угоді',
    few: '{done} з {count} вимог закріплено в угоді',
    many: '{done} з {count} вимог закріплено в угоді',
    other: '{done} з {count} вимоги закріплено в угоді',
  },
  demandsShowing: {
    one: 'Показано {shown} з {count} вимоги.',
    few: 'Показано {shown} з {count} вимог.',
    many: 'Показано {shown} з {count} вимог.',
    other: 'Показано {shown} з {count} вимоги.',
  },
  demandsEmpty: 'Ця позиція поки не містить вимог.',
  demandsNoMatch: 'Немає вимог із вибраним статусом.',
  demandsStatusPrefix: 'Статус:',
  demandsUpdated: 'Оновлено {date}',
  demandsSource: 'Джерело статусу',
  demandsSourceOf: '(вимога {number})',
  demandsChanged: 'Вимога {number}: тепер «{status}».',
  demandsJustChanged: 'щойно змінено',
  demandsLegendHeading: 'Що означають статуси',
  demandStatusPending: 'Очікує відповіді',
  demandStatusPendingHelp: 'Відповіді на вимогу ще немає.',
  demandStatusVoiced: 'Озвучено',
  demandStatusVoicedHelp: 'Вимогу порушено публічно або перед сторонами, але на переговорах її ще не розглядали.',
  demandStatusNegotiating: 'Обговорюється на переговорах',
  demandStatusNegotiatingHelp: 'Вимога в порядку денному переговорів про припинення вогню чи мир.',
  demandStatusEnshrined: 'Закріплено в угоді',
  demandStatusEnshrinedHelp: 'Вимогу записано в підписаній угоді чи іншому підписаному документі.',
  demandStatusImplemented: 'Виконано',
  demandStatusImplementedHelp: 'Вимогу виконано на практиці.',
  demandStatusRejected: 'Відхилено',
  demandStatusRejectedHelp: 'Одна зі сторін переговорів відхилила вимогу.',
};

export const ukCounter: Omit<CounterStrings, keyof SharedStrings> = {
  counterEmpty: 'Кількість підписантів ще не оприлюднено.',
  counterVerified: 'з них перевірено: {count}',
  counterVerifiedBadge: 'перевірено',
  counterGoal: '{count} з {goal} ({percent})',
  counterGoalReached: 'Мету досягнуто',
  counterChartCaption: 'Кількість підписантів у часі',
  counterChartSummary: 'З {fromDate} до {toDate}: від {from} до {to}.',
  counterChartDate: 'Дата',
  counterChartCount: 'Підписанти',
  counterListLabel: 'Підписанти',
  counterShowAll: 'Показати всіх ({count})',
  counterShowFewer: 'Показати менше',
  counterPause: 'Призупинити оновлення',
  counterPaused: 'Оновлення призупинено.',
  counterWaiting: 'Нові дані з’являться, коли ви відновите оновлення.',
  counterAnnouncement: 'Тепер {total}.',
};

export const ukShare: Omit<ShareStrings, keyof SharedStrings> = {
  shareFallbackTitle: 'Поширте позицію',
  shareNothing: 'Поки що немає посилання, яким можна поділитися.',
  shareCopyLink: 'Копіювати посилання',
  shareCopied: 'Посилання скопійовано!',
  shareCopyRefused: 'Браузер не дозволив сторінці скопіювати. Посилання виділено нижче: скопіюйте його через Ctrl+C (⌘C на Mac) або меню пристрою.',
  shareLinkLabel: 'Посилання на позицію',
  shareSystem: 'Поділитися…',
  shareSystemFailed: 'Меню «Поділитися» не відкрилося. Скопіюйте посилання.',
  shareNetworks: 'Соцмережі та месенджери',
  shareOn: 'Поширити в {network}',
  shareEmail: 'Ел. пошта',
  shareByEmail: 'Ел. пошта: надіслати посилання',
  shareFediverseLabel: 'Fediverse (Mastodon та інші): ваш сервер',
  shareFediverseHint: 'Наприклад, mastodon.social. Назва сервера ніде не зберігається.',
  shareFediverseButton: 'Поширити',
  shareFediverseName: 'Поширити у Fediverse',
  shareFediverseInvalid: 'Це не схоже на назву сервера. Введіть, наприклад, mastodon.social.',
  shareEmbed: 'Вбудувати на свій сайт',
  shareEmbedHint: 'Вставте цей код на свою сторінку: він покаже позицію й оновлюватиметься з тієї самої стрічки.',
  shareEmbedChoice: 'Що показати',
  shareEmbedStatement: 'Текст позиції',
  shareEmbedWhole: 'Усю позицію: текст, вимоги, підписантів і поширення',
  shareEmbedLabel: 'Код для вставлення',
  shareEmbedCopy: 'Копіювати код',
  shareEmbedCopied: 'Код скопійовано!',
  shareEmbedRefused: 'Браузер не дозволив сторінці скопіювати. Код виділено: скопіюйте його через Ctrl+C (⌘C на Mac) або меню пристрою.',
  shareEmbedLinkText: 'Читати позицію',
};

export const ukRelated: Omit<RelatedStrings, keyof SharedStrings> = {
  relatedHeading: 'Інші матеріали',
  relatedEmpty: 'Інших матеріалів поки немає.',
  relatedMore: 'Більше матеріалів',
  relatedUntitled: 'Без назви',
  relatedDemandsPrefix: 'Вимоги:',
  relatedProgress: 'закріплено {done} з {count}',
};

/** Every Ukrainian string, for `setStrings` users and tests. */
export const uk: UiStrings = /* @__PURE__ */ Object.assign({}, ukShared, ukStatement, ukDemands, ukCounter, ukShare, ukRelated);
