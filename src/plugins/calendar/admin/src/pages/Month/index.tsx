import { ViewPage } from '../../components/ViewPage';

export const MonthPage = () => <ViewPage view="month" />;
