export type TOfferText = { title: string; description: string };

/** A language course's figures, from its course type: teaching units, orientation units, goal. */
export type TCourseFacts = { units: number | null; orientationUnits: number | null; targetLevel: string | null };

/** Course names by course type code, and the course description in the language. */
export type TCourseTexts = {
  names: Readonly<Record<string, string>>;
  describe: (facts: TCourseFacts) => string;
};
