import { Button, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isAnswered } from "../../../common/counselling/questionnaire-conditions.js";
import {
  type TAnswers,
  type TQuestionnaireDefinition,
  textIn,
} from "../../../common/counselling/questionnaire-schemas.js";

type TSectionStepsProps = {
  definition: TQuestionnaireDefinition;
  answers: TAnswers;
  visible: Set<string>;
  currentIndex: number;
  isDisabled: boolean;
  onSelect: (index: number) => void;
};

/** The interview's sections, each with how many of its shown questions are answered; any can be opened. */
export function SectionSteps({ definition, answers, visible, currentIndex, isDisabled, onSelect }: TSectionStepsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper component="nav" aria-label={t("counselling.interview.sections")} withBorder p="sm" radius="md" w={260}>
      <Stack gap={4} component="ol" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {definition.sections.map((section, index) => {
          const shown = section.questions.filter((question) => visible.has(question.id));
          const answered = shown.filter((question) => isAnswered(answers[question.id])).length;
          return (
            <li key={section.id}>
              <Button
                variant={index === currentIndex ? "light" : "subtle"}
                fullWidth
                justify="space-between"
                size="md"
                disabled={isDisabled}
                aria-current={index === currentIndex ? "step" : undefined}
                onClick={() => onSelect(index)}
                rightSection={
                  <Text size="xs" c="dimmed" component="span">
                    {t("counselling.interview.answeredOf", { answered, total: shown.length })}
                  </Text>
                }
              >
                {textIn(section.title, i18n.language)}
              </Button>
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}
