// How the local chat page writes times and counts: Dutch, 24-hour, in the region's time zone. One home for the chat
// (Web Chat's timestamps, also what a screen reader hears) and the inkoopteam panel.
export const REGION_TIME_ZONE = 'Europe/Amsterdam';
const LOCALE = 'nl-NL';

// "23-11-2026 10:30" for the panel's lists.
export const shortDateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeStyle: 'short', timeZone: REGION_TIME_ZONE });

// "23 november om 10:30": Web Chat's own formatter asks CLDR for a 12-hour clock, which Dutch data writes as "10:30 a.m.".
const messageTime = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: REGION_TIME_ZONE });
const relativeTime = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' });
const plurals = new Intl.PluralRules(LOCALE);

/**
 * The formatters Web Chat takes from its localized strings (GLOBALIZE, in place of its precompiled Globalize):
 * dates, "5 minuten geleden", file sizes and the plural rule of its own strings.
 */
export const webChatGlobalize = {
  dateFormatter: () => (date) => messageTime.format(new Date(date)),
  relativeTimeFormatter: (unit) => (value) => relativeTime.format(value, unit),
  unitFormatter: (unit, { form } = {}) => (value) =>
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit, unitDisplay: form === 'long' ? 'long' : 'short' }).format(value),
  plural: (value) => plurals.select(value),
};
