import { ViewPage } from '../../components/ViewPage';

export const WeekPage = () => <ViewPage view="week" />;
