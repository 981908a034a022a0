import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import vi from '../locales/vi.json';
import en from '../locales/en.json';
import plansVi from '../locales/plansUi.vi.json';
import plansEn from '../locales/plansUi.en.json';
import movementsVi from '../locales/movementsUi.vi.json';
import movementsEn from '../locales/movementsUi.en.json';

/** Feature namespaces live in their own files (key prefix = file name), merged into one tree. */
const viAll = { ...vi, plansUi: plansVi, movementsUi: movementsVi };
const enAll = { ...en, plansUi: plansEn, movementsUi: movementsEn };

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'tdkt.lang';

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    /* storage may be unavailable */
  }
  // Vietnamese is the default whatever the browser says: the users are Vietnamese public bodies.
  return 'vi';
}

const lang = initialLang();
dayjs.locale(lang);
document.documentElement.lang = lang;

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: viAll }, en: { translation: enAll } },
  lng: lang,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLang(next: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    /* ignore */
  }
  dayjs.locale(next);
  document.documentElement.lang = next;
  void i18n.changeLanguage(next);
}

export default i18n;
