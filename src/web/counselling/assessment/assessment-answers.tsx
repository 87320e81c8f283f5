import { Paper, Title } from "@mantine/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { TAnswers, TQuestionnaireDefinition } from "../../../common/counselling/questionnaire-schemas.js";
import { textIn } from "../../../common/counselling/questionnaire-schemas.js";
import classes from "../../arrival/person-file.module.css";
import { useFormatters } from "../../ui/use-formatters.js";
import { formatAnswer } from "./answer-format.js";

/** A completed assessment's answers, section by section, as the caseworker reads (and prints) them. */
export function AssessmentAnswers({
  definition,
  answers,
}: {
  definition: TQuestionnaireDefinition;
  answers: TAnswers;
}) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  return (
    <>
      {definition.sections.map((section) => {
        const answered = section.questions.filter((question) => answers[question.id] !== undefined);
        return (
          <Paper
            key={section.id}
            component="section"
            withBorder
            p="md"
            radius="md"
            aria-label={textIn(section.title, i18n.language)}
          >
            <Title order={2} size="h4" mb="sm">
              {textIn(section.title, i18n.language)}
            </Title>
            <dl className={classes.details}>
              {answered.map((question) => (
                <Fragment key={question.id}>
                  <dt>{textIn(question.label, i18n.language)}</dt>
                  <dd>{formatAnswer(question, answers[question.id], { language: i18n.language, t, formatDate })}</dd>
                </Fragment>
              ))}
            </dl>
          </Paper>
        );
      })}
    </>
  );
}
