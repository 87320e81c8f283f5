/** A person as matching sees them, computed once per person (match-profile.ts). */
export type TMatchProfile = {
  /** Days since 1970-01-01 of today in Europe/Berlin. */
  today: number;
  age: number | null;
  sex: string | null;
  residenceCategory: string | null;
  /** Languages the person speaks besides German (ISO 639). */
  languages: readonly string[];
  /** German as an index into A1…C2 (-1: none yet); null when not known. */
  germanLevel: number | null;
  home: { lat: number; lon: number } | null;
  /** How far the person can travel (the interview's answer, else a default by their way of travel). */
  reachKm: number;
  /** The best way of travel the person has (car, bus_train, bicycle, on_foot) or unknown. */
  travelMode: string;
  /** Parts of the day the person is free; null when not asked. */
  freeSlots: ReadonlySet<string> | null;
  needsChildcare: boolean;
};

/** A published offer as matching reads it (candidate-offers.ts), with its place resolved to coordinates. */
export type TCandidateOffer = {
  id: string;
  title: string;
  providerId: string;
  providerName: string;
  category: string;
  courseType: string | null;
  fieldsOfAction: readonly string[];
  cefrFrom: number | null;
  cefrTo: number | null;
  minGermanLevel: number | null;
  languages: readonly string[];
  ageMin: number | null;
  ageMax: number | null;
  residenceCategories: readonly string[];
  genderTarget: string;
  isOnline: boolean;
  municipalityAgs: string | null;
  lat: number | null;
  lon: number | null;
  /** Days since 1970-01-01, or null. */
  startsDay: number | null;
  endsDay: number | null;
  timeSlots: readonly string[];
  freePlaces: number | null;
  hasChildcare: boolean;
};
